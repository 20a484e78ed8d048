package dev.numaadvisor.app.understand;

/** What the person wants done with the facts they stated. */
public enum Mood {
    /** States how things are: the facts go into the session. */
    STATE,
    /** "what if …", "and under best-effort?": compare on a copy, the session stays as it is. */
    WONDER
}
