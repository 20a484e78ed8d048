package dev.numaadvisor.app.learn;

import java.util.List;

/**
 * One onboarding exercise: the question, the synthetic node and pods it is about (in words), what
 * kind of answer it wants, the simulator's answer, and the simulator's trace as the explanation.
 */
public record Exercise(String template, String question, String setup, AnswerKind kind, String expected,
                       List<String> trace) {
    public Exercise {
        trace = List.copyOf(trace);
    }

    /** How an answer is read: yes/no, a CPU list (kubelet notation), or a list of NUMA node ids. */
    public enum AnswerKind {
        YES_NO("yes or no"), CPUS("a CPU list such as 0-3,8"), NUMA("NUMA node ids such as 1 or 0,1");

        private final String hint;

        AnswerKind(String hint) {
            this.hint = hint;
        }

        public String hint() {
            return hint;
        }
    }
}
