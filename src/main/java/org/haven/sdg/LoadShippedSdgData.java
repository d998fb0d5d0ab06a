package org.haven.sdg;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start (no SDG import recorded yet) loads the product's copy of the UN SDG Global Database 2020 extract
 * ({@code seed/sdg}), whether demo data is on or off: real data is never demo data. Rows Haven cannot hold (areas
 * that are not org units, such as SDG groupings like "Least Developed Countries") are skipped and counted in the log
 * and on the import page's history.
 */
@Component
@Order(20)
class LoadShippedSdgData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LoadShippedSdgData.class);

    private final SdgImportService imports;

    LoadShippedSdgData(SdgImportService imports) {
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (imports.anyImport()) {
            return;
        }
        SdgSummary s = imports.commit(SdgSource.shipped(), SdgImportService.SHIPPED_ORIGIN, true);
        log.info("Loaded the shipped UN SDG Global Database extract: {} values in {} new series, {} rows skipped"
                + " (areas or codes Haven does not hold)", s.created() + s.updated(), s.newSeries().size(), s.rejected());
    }
}
