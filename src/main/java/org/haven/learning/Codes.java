package org.haven.learning;

import java.util.List;

/** Lists of codes as sent by forms and API callers: blanks dropped, trimmed, each once. */
final class Codes {

    private Codes() {
    }

    static List<String> clean(List<String> codes) {
        return codes == null ? List.of()
                : codes.stream().filter(c -> c != null && !c.isBlank()).map(String::trim).distinct().toList();
    }
}
