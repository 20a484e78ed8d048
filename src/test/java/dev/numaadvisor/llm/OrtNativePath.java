package dev.numaadvisor.llm;

/**
 * The {@code onnxruntime.native.path} property as a test found it. Loading the model from a temp
 * cache dir points the property there; once the dir is gone, a later test that loads ONNX Runtime
 * first must not look for it there.
 */
record OrtNativePath(String before) {
    private static final String PROPERTY = "onnxruntime.native.path";

    static OrtNativePath remember() {
        return new OrtNativePath(System.getProperty(PROPERTY));
    }

    void restore() {
        if (before == null) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, before);
        }
    }
}
