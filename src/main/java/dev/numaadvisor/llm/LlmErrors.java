package dev.numaadvisor.llm;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;

/**
 * One-line messages for what goes wrong talking to a model. Connection refused arrives as a bare
 * RuntimeException wrapping ConnectException (DEPENDENCIES.md §6), so causes are searched too.
 * The message never carries the request (which could hold the API key in a header).
 */
public final class LlmErrors {
    private LlmErrors() {
    }

    /** True for what a retry can fix: 429 and 5xx. */
    public static boolean retriable(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof RateLimitException || c instanceof InternalServerException) {
                return true;
            }
            if (c instanceof HttpException && ((HttpException) c).statusCode() >= 500) {
                return true;
            }
        }
        return false;
    }

    public static String describe(Throwable t, ProviderSettings s) {
        String where = s.kind().id() + " at " + s.baseUrl();
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof AuthenticationException) {
                return "the model refused the API key (401) from " + where + ": check "
                        + (s.kind() == ProviderKind.ANTHROPIC ? "ANTHROPIC_API_KEY" : "OPENAI_API_KEY");
            }
            if (c instanceof ModelNotFoundException) {
                return "model \"" + s.model() + "\" not found (404) at " + where + ": pick another with /model";
            }
            if (c instanceof RateLimitException) {
                return "rate limited (429) by " + where + " after retries: wait a minute and ask again";
            }
            if (c instanceof InternalServerException) {
                return "the model server failed (5xx) at " + where + " after retries: try again later";
            }
            if (c instanceof TimeoutException || c instanceof HttpTimeoutException
                    || c instanceof java.net.SocketTimeoutException) {
                return "no answer from " + where + " in time (timeout): the model may be loading; ask again";
            }
            if (c instanceof ConnectException) {
                return "cannot connect to " + where + " (connection refused): is the server running?";
            }
            if (c instanceof InvalidRequestException) {
                return "the model server rejected the request (400) at " + where + ": " + firstLine(c.getMessage());
            }
            if (c instanceof HttpException) {
                return "HTTP " + ((HttpException) c).statusCode() + " from " + where;
            }
        }
        return "the model call failed (" + t.getClass().getSimpleName() + "): " + firstLine(t.getMessage());
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
