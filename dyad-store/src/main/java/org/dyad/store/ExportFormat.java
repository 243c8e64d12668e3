package org.dyad.store;

import java.util.List;
import java.util.Locale;

/**
 * The formats {@code dyad export} writes. The column lists are the formats' own, in their order; what Dyad puts in
 * each column is in {@code docs/store-schema.md}.
 */
public enum ExportFormat {
    /** GDELT 2.0 event table: 61 tab-separated columns, no header (GDELT 2.0 Event Codebook). */
    GDELT(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "AvgTone",
            "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
            "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
            "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
            "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
            "DATEADDED", "SOURCEURL")),
    /** ICEWS coded event data: 20 tab-separated columns with a header line (ICEWS Dataverse release). */
    ICEWS(List.of("Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
            "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
            "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude")),
    /** Phoenix daily event data: 26 tab-separated columns, no header (Open Event Data Alliance Phoenix). */
    PHOENIX(List.of("EventID", "Date", "Year", "Month", "Day", "SourceActorFull", "SourceActorEntity",
            "SourceActorRole", "SourceActorAttribute", "TargetActorFull", "TargetActorEntity", "TargetActorRole",
            "TargetActorAttribute", "EventCode", "EventRootCode", "PentaClass", "GoldsteinScore", "Issues", "Lat",
            "Lon", "LocationName", "StateName", "CountryCode", "SentenceID", "URLs", "NewsSources")),
    /** PLOVER/POLECAT-style JSON Lines: one object per event with a PLOVER type. */
    PLOVER(List.of("id", "date", "event_type", "mode", "context", "actor", "actor_code", "actor_country",
            "recipient", "recipient_code", "recipient_country", "cameo_code", "goldstein", "quad_class", "location",
            "event_text", "story_id", "doc_id", "publisher", "url")),
    /** Parquet: one file per table of the store, {@code TABLE.parquet} in the output directory. */
    PARQUET(List.of());

    private final List<String> columns;

    ExportFormat(List<String> columns) {
        this.columns = columns;
    }

    /** The format's columns (fields for PLOVER) in order; empty for PARQUET. */
    public List<String> columns() {
        return columns;
    }

    /** The format named, in any case. */
    public static ExportFormat parse(String name) {
        for (ExportFormat f : values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not an export format; use "
                + String.join(", ", java.util.Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT))
                .toList()));
    }
}
