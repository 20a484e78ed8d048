package dev.numaadvisor.llm;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Collection;
import java.util.Map;

/**
 * Tool arguments that do not fit the tool's schema (a word where a number goes, an object where a
 * list goes), said the way the tools say a missing field: {@code simulate: node.sockets: expected
 * a whole number, not "two"}, instead of the JSON library's exception text and class names.
 */
final class ToolArgumentErrors {
    private static final Map<Class<?>, String> ARGUMENT_NAMES = Map.of(ToolNode.class, "node", ToolPod.class, "pod",
            ToolConfig.class, "config", ToolChange.class, "change");

    private ToolArgumentErrors() {
    }

    static String describe(String tool, Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof MismatchedInputException) {
                MismatchedInputException m = (MismatchedInputException) t;
                String value = t instanceof InvalidFormatException
                        ? ", not \"" + ((InvalidFormatException) t).getValue() + "\"" : "";
                return tool + ": " + path(m) + ": expected " + expected(m.getTargetType()) + value;
            }
            if (t instanceof JsonMappingException || t instanceof com.fasterxml.jackson.core.JsonProcessingException) {
                return tool + ": the arguments are not a JSON object matching the tool's schema";
            }
        }
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return tool + ": " + message;
    }

    /**
     * {@code node.devices[0].numaNode} from Jackson's reference chain. LangChain4j reads each
     * argument on its own, so the chain starts inside it: the argument's name comes from its type
     * (every tool names a ToolNode "node", and so on), a list of pods being the only list argument.
     */
    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        if (!e.getPath().isEmpty()) {
            JsonMappingException.Reference root = e.getPath().get(0);
            Object from = root.getFrom();
            Class<?> type = from instanceof Class ? (Class<?>) from : from == null ? null : from.getClass();
            sb.append(root.getFieldName() == null ? "pods" : ARGUMENT_NAMES.getOrDefault(type, ""));
        }
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() > 0 ? "." : "").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        if (sb.length() == 0) {
            // The argument itself has the wrong shape: name it by the type it should have been.
            Class<?> target = e instanceof MismatchedInputException ? ((MismatchedInputException) e).getTargetType()
                    : null;
            boolean list = target != null && (Collection.class.isAssignableFrom(target) || target.isArray());
            return list ? "pods" : ARGUMENT_NAMES.getOrDefault(target, "arguments");
        }
        return sb.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }
}
