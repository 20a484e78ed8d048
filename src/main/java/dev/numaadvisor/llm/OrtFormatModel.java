package dev.numaadvisor.llm;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An ONNX Runtime session over the model in ORT format, memory-mapped from the user's cache dir.
 * Building a session from the .onnx file copies and re-lays every weight (about 0.25 s of a
 * never-asked question, issue 15); the ORT format is that work saved, and with the two
 * {@code use_ort_model_bytes} entries the session reads the weights where the file is mapped
 * (0.04 s). The ORT file is made once, from the .onnx, at the EXTENDED level: higher levels
 * write hardware-specific kernels, and a cache dir may be shared between machines.
 * MiniLmModelTest checks the vectors equal the library's, bit for bit.
 */
final class OrtFormatModel implements AutoCloseable {
    private final OrtEnvironment environment;
    private final OrtSession session;
    /** The session reads its weights from here: it must stay mapped as long as the session lives. */
    private final MappedByteBuffer bytes;

    private OrtFormatModel(OrtEnvironment environment, OrtSession session, MappedByteBuffer bytes) {
        this.environment = environment;
        this.session = session;
        this.bytes = bytes;
    }

    /** The session for {@code onnx}, from its ORT-format sibling, which is written first when missing. */
    static OrtFormatModel open(Path onnx) throws IOException, OrtException {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        Path ort = onnx.resolveSibling(onnx.getFileName().toString().replaceFirst("\\.onnx$", "") + ".ort");
        if (!Files.isRegularFile(ort)) {
            convert(environment, onnx, ort);
        }
        MappedByteBuffer bytes;
        try (FileChannel channel = FileChannel.open(ort)) {
            bytes = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        }
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.addConfigEntry("session.use_ort_model_bytes_directly", "1");
            options.addConfigEntry("session.use_ort_model_bytes_for_initializers", "1");
            // Re-laying the quantized weights for the matrix kernels took half the session's 0.07 s
            // and saves nothing on one short sentence; the vectors are the same bits without it.
            options.addConfigEntry("session.disable_prepacking", "1");
            return new OrtFormatModel(environment, environment.createSession(bytes, options), bytes);
        }
    }

    OrtEnvironment environment() {
        return environment;
    }

    /** Runs {@code work} on the session while its weights are certainly still mapped. */
    <T> T withSession(SessionWork<T> work) throws OrtException {
        try {
            return work.run(session);
        } finally {
            Reference.reachabilityFence(bytes);
        }
    }

    interface SessionWork<T> {
        T run(OrtSession session) throws OrtException;
    }

    @Override
    public void close() throws OrtException {
        session.close();
        Reference.reachabilityFence(bytes);
    }

    /** Written to a temp file and moved: two processes at once never see half a file. */
    private static void convert(OrtEnvironment environment, Path onnx, Path ort) throws IOException, OrtException {
        Path tmp = Files.createTempFile(ort.getParent(), ort.getFileName().toString(), ".tmp");
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.EXTENDED_OPT);
            options.addConfigEntry("session.save_model_format", "ORT");
            options.setOptimizedModelFilePath(tmp.toString());
            environment.createSession(onnx.toString(), options).close();
            Files.move(tmp, ort, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
