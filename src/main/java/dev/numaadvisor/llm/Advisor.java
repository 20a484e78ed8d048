package dev.numaadvisor.llm;

import dev.langchain4j.service.Result;
import dev.langchain4j.service.TokenStream;

/** The AiServices interface: one conversation turn, whole or streamed. */
interface Advisor {
    Result<String> chat(String message);

    TokenStream stream(String message);
}
