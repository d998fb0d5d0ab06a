package org.haven.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import db.migration.FreeTextPartners;
import db.migration.FreeTextPartners.Known;
import db.migration.FreeTextPartners.Matcher;
import db.migration.FreeTextPartners.NewPartner;
import org.junit.jupiter.api.Test;

/** The rules of the free-text partner migration, without a database. */
class FreeTextPartnersTest {

    @Test
    void namesAreSplitOnCommaSemicolonSlashAndNewlinesWithoutBlanksOrRepeats() {
        assertThat(FreeTextPartners.names(" Save the Children ;UNICEF, ministry of  justice/\r\nunicef\n\n; ,"))
                .containsExactly("Save the Children", "UNICEF", "ministry of justice");
        assertThat(FreeTextPartners.names(null)).isEmpty();
        assertThat(FreeTextPartners.names(" ; / ")).isEmpty();
    }

    @Test
    void codesAreDerivedAsAsciiCapitalsDigitsAndHyphensOfAtMost40Characters() {
        assertThat(FreeTextPartners.baseCode("Ministère de la Santé (Côte d'Ivoire)")).isEqualTo("MINISTERE-DE-LA-SANTE-COTE-D-IVOIRE");
        assertThat(FreeTextPartners.baseCode("!!!")).isEqualTo("PARTNER");
        String longName = "International network of organisations working for children in every region of the world";
        assertThat(FreeTextPartners.baseCode(longName)).hasSizeLessThanOrEqualTo(40).doesNotEndWith("-")
                .startsWith("INTERNATIONAL-NETWORK-OF-ORGANISATIONS");
    }

    @Test
    void namesMatchByCodeOrNameIgnoringCaseAndUnmatchedNamesBecomeOneNewPartnerWithAUniqueCode() {
        Matcher m = new Matcher(List.of(new Known("ACME", "Acme Holdings", false),
                new Known("DEMO-NSO", "[DEMO] National statistics office", true)));
        assertThat(m.codeFor("acme", false)).isEqualTo("ACME");
        assertThat(m.codeFor("ACME  holdings", false)).isEqualTo("ACME");
        assertThat(m.codeFor("Acme.", false)).isEqualTo("ACME-2");
        assertThat(m.codeFor("acme.", false)).isEqualTo("ACME-2");
        assertThat(m.codeFor("National statistics office", true)).isEqualTo("DEMO-NSO");
        assertThat(m.codeFor("National statistics office", false)).isEqualTo("NATIONAL-STATISTICS-OFFICE");
        assertThat(m.created()).containsExactly(new NewPartner("ACME-2", "Acme.", false),
                new NewPartner("NATIONAL-STATISTICS-OFFICE", "National statistics office", false));
    }
}
