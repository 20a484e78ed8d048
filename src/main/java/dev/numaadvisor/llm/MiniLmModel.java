package dev.numaadvisor.llm;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The quantized MiniLM, giving the vectors LangChain4j's {@code OnnxEmbeddingModel} gives, bit
 * for bit, at a third of its start-up: the session comes from the memory-mapped ORT-format file
 * ({@link OrtFormatModel}) and the ids from the Java tokenizer ({@link WordPieceIds}). A text
 * the Java tokenizer does not reproduce goes to the library's own model, loaded then. Pooling
 * is the library's: the mean over every position, [CLS] and [SEP] included, then unit length;
 * a single sequence needs none of its splitting, as its tokenizer truncates at 128 ids.
 */
final class MiniLmModel implements EmbeddingModel {
    private final OrtFormatModel session;
    private final WordPieceIds ids;
    private final Supplier<EmbeddingModel> libraryModel;
    private EmbeddingModel library;

    MiniLmModel(OrtFormatModel session, WordPieceIds ids, Supplier<EmbeddingModel> libraryModel) {
        this.session = session;
        this.ids = ids;
        this.libraryModel = libraryModel;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        List<Embedding> out = new ArrayList<>(segments.size());
        for (TextSegment segment : segments) {
            out.add(Embedding.from(embedText(segment.text())));
        }
        return Response.from(out);
    }

    @Override
    public int dimension() {
        return 384;
    }

    private synchronized float[] embedText(String text) {
        long[] tokenIds = ids.ids(text);
        if (tokenIds == null) {
            if (library == null) {
                library = libraryModel.get();
            }
            return library.embed(text).content().vector();
        }
        try {
            return unitLength(meanOf(run(tokenIds)));
        } catch (OrtException e) {
            throw new IllegalStateException("MiniLM failed on a " + text.length() + "-character text: " + e.getMessage(), e);
        }
    }

    private float[][] run(long[] tokenIds) throws OrtException {
        long[] shape = {1, tokenIds.length};
        long[] attention = new long[tokenIds.length];
        java.util.Arrays.fill(attention, 1);
        return session.withSession(s -> {
            try (OnnxTensor inputIds = OnnxTensor.createTensor(session.environment(), LongBuffer.wrap(tokenIds), shape);
                    OnnxTensor mask = OnnxTensor.createTensor(session.environment(), LongBuffer.wrap(attention), shape);
                    OnnxTensor types = OnnxTensor.createTensor(session.environment(),
                            LongBuffer.wrap(new long[tokenIds.length]), shape);
                    OrtSession.Result result = s.run(inputs(s, inputIds, mask, types))) {
                return ((float[][][]) result.get(0).getValue())[0];
            }
        });
    }

    private static Map<String, OnnxTensor> inputs(OrtSession s, OnnxTensor inputIds, OnnxTensor mask, OnnxTensor types) {
        return s.getInputNames().contains("token_type_ids")
                ? Map.of("input_ids", inputIds, "attention_mask", mask, "token_type_ids", types)
                : Map.of("input_ids", inputIds, "attention_mask", mask);
    }

    // The library's arithmetic, in its order: float sums, then one division, so the bits agree.
    private static float[] meanOf(float[][] rows) {
        float[] mean = new float[rows[0].length];
        for (float[] row : rows) {
            for (int j = 0; j < mean.length; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < mean.length; j++) {
            mean[j] /= rows.length;
        }
        return mean;
    }

    private static float[] unitLength(float[] v) {
        float sumSquare = 0;
        for (float x : v) {
            sumSquare += x * x;
        }
        float norm = (float) Math.sqrt(sumSquare);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] / norm;
        }
        return out;
    }
}
