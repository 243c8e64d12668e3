package org.dyad.geo;

/** Spherical geometry used by the resolver and the evaluation. */
public final class Geo {
    /** Mean Earth radius in km (IUGG), the value the geoparsing literature uses. */
    public static final double EARTH_RADIUS_KM = 6371.0;

    private Geo() {
    }

    /**
     * Great-circle distance between two points by the haversine formula.
     *
     * @param lat1 latitude of the first point, decimal degrees
     * @param lon1 longitude of the first point, decimal degrees
     * @param lat2 latitude of the second point
     * @param lon2 longitude of the second point
     * @return distance in km, 0 to about 20,015
     */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }
}
