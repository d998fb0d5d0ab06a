package org.haven.dashboard;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Serialises chart data for a {@code <script type="application/json">} block (no inline scripts: CSP). */
@Component
class Charts {

    private final JsonMapper json;

    Charts(JsonMapper json) {
        this.json = json;
    }

    Chart chart(String id, String title, ChartData data, DataTable table) {
        // escaped so that no text in the data can close the script block
        String text = json.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e")
                .replace("&", "\\u0026");
        return new Chart(id, title, text, table);
    }
}
