package org.dyad.geo;

import java.util.Objects;

/**
 * A place of the gazetteer: one GeoNames feature (a populated place, a first- or second-level division or a country).
 *
 * @param geonameId    the GeoNames id (4140963 is Washington, D.C.); negative for the few regions and seas Dyad
 *                     adds itself (regions.tsv), which the shared GeoNames dumps lack: see {@link #inGeoNames()}
 * @param name         the GeoNames name ("Washington")
 * @param countryCode  ISO 3166-1 alpha-2 code ("US")
 * @param admin1       GeoNames first-level division code inside the country ("DC", "08"); empty when none or for a
 *                     country
 * @param admin2       GeoNames second-level division code inside {@code admin1}; empty when none
 * @param lat          latitude in decimal degrees, WGS84 (for a division or a country: its centre, see
 *                     {@link GazetteerCompiler})
 * @param lon          longitude in decimal degrees, WGS84
 * @param featureClass GeoNames feature class: "P" populated place, "A" country or division
 * @param featureCode  GeoNames feature code: "PPLC" capital, "PPLA" seat of a first-level division, "PPL", "ADM1",
 *                     "ADM2", "PCLI" independent country… ({@code featureCodes_en.txt})
 * @param population   inhabitants according to GeoNames; for a division without a GeoNames figure the sum of its
 *                     places' populations; 0 when unknown
 */
public record Place(int geonameId, String name, String countryCode, String admin1, String admin2, double lat,
                    double lon, String featureClass, String featureCode, long population) {
    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(admin1, "admin1");
        Objects.requireNonNull(admin2, "admin2");
        Objects.requireNonNull(featureClass, "featureClass");
        Objects.requireNonNull(featureCode, "featureCode");
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("bad coordinates for " + geonameId + ": " + lat + ", " + lon);
        }
    }

    /** True for an independent or dependent country (GeoNames feature codes PCL*). */
    public boolean isCountry() {
        return featureCode.startsWith("PCL") || featureCode.equals("TERR");
    }

    /** True for a first-level division (a US state, a province). */
    public boolean isAdmin1() {
        return featureCode.equals("ADM1");
    }

    /** True for a second-level division (a US county, a district). */
    public boolean isAdmin2() {
        return featureCode.equals("ADM2");
    }

    /** True for the capital of a country (GeoNames PPLC). */
    public boolean isCapital() {
        return featureCode.equals("PPLC");
    }

    /**
     * True for a continent, a world region or a body of water (GeoNames classes L and H: "Africa", "Middle East",
     * "Atlantic Ocean"), which lie in no one country.
     */
    public boolean isRegion() {
        return featureClass.equals("L") || featureClass.equals("H");
    }

    /**
     * Whether {@link #geonameId()} is a GeoNames id; false for Dyad's own regions and seas (negative ids), which
     * outputs write with no GeoNames id (null) so that no one looks a made-up id up in GeoNames.
     */
    public boolean inGeoNames() {
        return geonameId > 0;
    }

    /** True for a populated place (GeoNames class P). */
    public boolean isPopulatedPlace() {
        return featureClass.equals("P");
    }

    /**
     * Great-circle distance to another place, by the haversine formula on a sphere of radius 6,371 km.
     *
     * @return distance in km
     */
    public double distanceKm(double otherLat, double otherLon) {
        return Geo.distanceKm(lat, lon, otherLat, otherLon);
    }
}
