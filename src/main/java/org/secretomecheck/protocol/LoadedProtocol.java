package org.secretomecheck.protocol;

import java.util.List;
import java.util.Objects;

/** A structurally valid protocol file: its document, its model and its waivers. */
public record LoadedProtocol(ProtocolDocument document, Protocol protocol, List<Waiver> waivers) {

    public LoadedProtocol {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(protocol, "protocol");
        waivers = List.copyOf(waivers);
    }

    /** True for batch records, false for designs. */
    public boolean isBatchRecord() {
        return "batch_record".equals(protocol.getStage());
    }
}
