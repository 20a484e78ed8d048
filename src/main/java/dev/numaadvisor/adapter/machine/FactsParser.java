package dev.numaadvisor.adapter.machine;

/** Parses one input file of one format into what it knows; bad input throws InputException. */
public interface FactsParser {
    NodeFacts parse(SourceText source);
}
