package dev.numaadvisor.app.check;

import dev.numaadvisor.app.Simulate;
import dev.numaadvisor.app.assistant.ScenarioDialog;
import dev.numaadvisor.app.understand.Conversation;
import dev.numaadvisor.app.understand.Understand;
import dev.numaadvisor.app.understand.Understanding;
import dev.numaadvisor.app.session.Session;
import dev.numaadvisor.app.session.SessionRun;
import dev.numaadvisor.core.model.Machine;
import dev.numaadvisor.core.scenario.NodeMachine;

/**
 * What an answer is checked against. When the model ran {@code simulate} the session holds its
 * scenario; when it did not, but the question describes a whole scenario (a node shape and a pod),
 * the engine runs anyway on a fresh session built from the question by the offline reader, with a
 * conversation of its own (the user's session and the offline assistant's dialog never change).
 */
public final class AnswerFacts {
    private AnswerFacts() {
    }

    /** {@code modelSimulated}: the model called simulate this turn, so the session is what it ran. */
    public static AnswerGuard.Facts of(Session session, String question, boolean modelSimulated) {
        Session subject = session;
        if (!modelSimulated && question != null) {
            try {
                Understanding u = Understand.read(question);
                if (u.isWholeScenario()) {
                    Session asked = new Session();
                    ScenarioDialog.answer(asked, new Conversation(), u);
                    if (asked.hasNode() && !asked.pods().isEmpty()) {
                        subject = asked;
                    }
                }
            } catch (RuntimeException e) {
                subject = session; // a question the offline reader cannot take: check against the session
            }
        }
        Machine machine = subject.hasNode() ? machine(subject) : null;
        return new AnswerGuard.Facts(run(subject), machine);
    }

    private static Machine machine(Session s) {
        try {
            return NodeMachine.of(s.topology(), s.devices());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The simulator's run, or null when there is no node, no pod, or the input cannot run. */
    private static dev.numaadvisor.core.admission.SimulationResult run(Session s) {
        if (!s.hasNode() || s.pods().isEmpty()) {
            return null;
        }
        try {
            Simulate.Outcome o = SessionRun.run(s);
            return o.result();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
