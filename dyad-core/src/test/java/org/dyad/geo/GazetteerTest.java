package org.dyad.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled gazetteer: what it holds, looked up by name (issue 5). */
class GazetteerTest {
    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        long t0 = System.nanoTime();
        gazetteer = Gazetteer.load();
        System.out.printf("%s loaded in %.0f ms%n", gazetteer, (System.nanoTime() - t0) / 1e6);
    }

    @Test
    void holdsPlacesDivisionsCountriesAndContinents() {
        assertThat(gazetteer.size()).isGreaterThan(150_000);
        assertThat(gazetteer.byId(4140963)).get().satisfies(dc -> {
            assertThat(dc.name()).isEqualTo("Washington");
            assertThat(dc.isCapital()).isTrue();
            assertThat(dc.admin1()).isEqualTo("DC");
        });
        assertThat(gazetteer.admin1("US", "WA")).get().extracting(Place::geonameId).isEqualTo(5815135);
        assertThat(gazetteer.country("AF")).get().extracting(Place::geonameId).isEqualTo(1149361);
        assertThat(gazetteer.capital("AF")).get().extracting(Place::geonameId).isEqualTo(1138958);
        assertThat(gazetteer.candidates("europe")).extracting(Place::featureCode).contains("CONT");
    }

    @Test
    void looksNamesUpByKeyWhateverTheirSpelling() {
        assertThat(gazetteer.candidates(PlaceNames.key("Washington"))).extracting(Place::geonameId)
                .contains(4140963, 5815135);
        assertThat(gazetteer.candidates(PlaceNames.key("PORT-AU-PRINCE"))).extracting(Place::geonameId)
                .contains(3718426);
        assertThat(gazetteer.candidates(PlaceNames.key("São Paulo"))).extracting(Place::geonameId).contains(3448439);
        assertThat(gazetteer.candidates("no such place anywhere")).isEmpty();
    }

    @Test
    void demonymsNameTheirCountry() {
        assertThat(gazetteer.demonymPlace("afghan")).get().extracting(Place::countryCode).isEqualTo("AF");
        assertThat(gazetteer.demonymPlace("pakistanis")).get().extracting(Place::countryCode).isEqualTo("PK");
        assertThat(gazetteer.demonymPlace("kabul")).isEmpty();
    }

    @Test
    void aStreamThatIsNoGazetteerIsRefusedWithItsFormatTag() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(new GZIPOutputStream(bytes))) {
            out.writeUTF("something-else");
        }
        assertThatThrownBy(() -> Gazetteer.read(new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOf(IOException.class).hasMessageContaining("something-else");
    }

    @Test
    void findsPlacesByIdWithTheirNamesWhateverTheirLetters() {
        assertThat(gazetteer.byId(2657896)).get().extracting(Place::name).isEqualTo("Zürich");
        assertThat(gazetteer.byId(1850147)).get().extracting(Place::name).isEqualTo("Tokyo");
        assertThat(gazetteer.byId(0)).isEmpty();
        assertThat(gazetteer.byId(Integer.MAX_VALUE)).isEmpty();
    }

    @Test
    void aResourceCutShortIsRefusedNotHalfRead() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(new GZIPOutputStream(bytes))) {
            out.writeUTF(Gazetteer.MAGIC);
            out.writeInt(1); // one pooled string announced, none written
        }
        assertThatThrownBy(() -> Gazetteer.read(new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOf(IOException.class).hasMessageContaining("corrupt");
    }
}
