package dev.numaadvisor.adapter.yaml;

import dev.numaadvisor.core.problem.InputException;
import dev.numaadvisor.core.problem.Problem;
import dev.numaadvisor.core.problem.SourcePosition;
import java.util.ArrayList;
import java.util.List;

/** Collects every input problem of one file so a reader reports them all at once. */
public final class Problems {
    private final String fileName;
    private final List<Problem> list = new ArrayList<>();

    public Problems(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    public void add(Problem p) {
        list.add(p);
    }

    public void add(Problem.Kind kind, String path, SourcePosition pos, String bad, String detail, String hint) {
        list.add(new Problem(kind, path, pos, bad, detail, hint));
    }

    public boolean any() {
        return !list.isEmpty();
    }

    public List<Problem> all() {
        return List.copyOf(list);
    }

    /** Throws when anything was collected; call once a reader has walked the whole input. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InputException(list);
        }
    }
}
