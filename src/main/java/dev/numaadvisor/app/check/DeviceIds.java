package dev.numaadvisor.app.check;

import java.util.regex.Pattern;

/** How device-plugin ids look in answers: "GPU-0", a GPU UUID, "NIC-1", an SR-IOV VF's PCI address "0000:af:00.2". */
final class DeviceIds {
    static final Pattern ID = Pattern.compile("(?<![\\w:.-])((?:GPU|NIC|DEV|VF|MIG)-[0-9A-Za-z][\\w-]*"
            + "|[0-9a-fA-F]{4}:[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\\.[0-7])(?![\\w:-])");

    private DeviceIds() {
    }
}
