package org.haven.exchange.dhis2;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.haven.core.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * One entry point for the endpoint and the page: reads a body in one of the three formats (size-limited, strict
 * encoding, XML through SafeXml), finds the connection whose mappings apply, and imports or exports.
 */
@Service
class Dhis2Exchange {

    private final Dhis2MappingService mappings;
    private final Dhis2Importer importer;
    private final Dhis2Exporter exporter;
    private final long maxBytes;

    Dhis2Exchange(Dhis2MappingService mappings, Dhis2Importer importer, Dhis2Exporter exporter,
            @Value("${haven.dhis2.max-body-bytes:20971520}") long maxBytes) {
        this.mappings = mappings;
        this.importer = importer;
        this.exporter = exporter;
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    Dhis2Read read(byte[] body, Dhis2Format format, String contentType) {
        if (body.length > maxBytes) {
            throw Dhis2Body.tooLarge(maxBytes);
        }
        if (body.length == 0) {
            throw Dhis2BodyException.badRequest("The body is empty: send a data value set");
        }
        return switch (format) {
            case JSON -> Dhis2Json.read(Dhis2Body.text(body, contentType));
            case CSV -> Dhis2Csv.read(Dhis2Body.text(body, contentType));
            case ADX -> Adx.read(body);
        };
    }

    Dhis2ImportSummary importSet(byte[] body, Dhis2Format format, String contentType, String connection,
            Dhis2ImportOptions options) {
        Dhis2Read read = read(body, format, contentType);
        return importer.run(read, mappings.table(resolve(connection, read)), options);
    }

    Dhis2Exporter.Export export(String connection, Dhis2Exporter.Query query) {
        return exporter.export(mappings.table(resolveForExport(connection)), query);
    }

    /** The named connection, else the only one, else the only one that maps every org unit of the rows. */
    String resolve(String requested, Dhis2Read read) {
        if (requested != null && !requested.isBlank()) {
            return mappings.connection(requested.trim()).code();
        }
        List<Dhis2Connection> all = mappings.connections();
        if (all.size() == 1) {
            return all.get(0).code();
        }
        Set<String> orgUnits = read.rows().stream().map(Dhis2Row::orgUnit).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<String> candidates = all.stream().map(Dhis2Connection::code).filter(c -> {
            Dhis2MappingTable table = mappings.table(c);
            return !orgUnits.isEmpty() && orgUnits.stream().allMatch(ou -> table.orgUnit(ou).isPresent());
        }).toList();
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        throw InvalidInputException.of("connection", "name the DHIS2 connection with ?connection= (one of "
                + all.stream().map(Dhis2Connection::code).collect(Collectors.joining(", ")) + ")");
    }

    private String resolveForExport(String requested) {
        if (requested != null && !requested.isBlank()) {
            return mappings.connection(requested.trim()).code();
        }
        List<Dhis2Connection> all = mappings.connections();
        if (all.size() == 1) {
            return all.get(0).code();
        }
        throw InvalidInputException.of("connection", "name the DHIS2 connection with ?connection= (one of "
                + all.stream().map(Dhis2Connection::code).collect(Collectors.joining(", ")) + ")");
    }
}
