package org.dyad.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A CAMEO actor code split into the parts GDELT, ICEWS and Phoenix report separately: the country (or the
 * organisation root), the role and sector ("type") codes, religion codes and a known-group code.
 *
 * <p>CAMEO actor codes are runs of three-letter parts (CAMEO 1.1b3, chapter 3): a country or international root
 * ({@code PAK}, {@code IGO}) followed by role and sector codes ({@code PAKMIL}, {@code IGOWSTNAT}). A code that
 * starts with a type code ({@code COP}, an agent without a country) has no country. A part that is neither a type
 * nor a religion code after the root (a region or an organisation: {@code WST}, {@code NAT}) is the known group.
 *
 * @param full       the whole code
 * @param country    the country part (ISO 3166-1 alpha-3 in CAMEO's country list); empty for international and
 *                   agent-only codes
 * @param root       the first part ("PAK", "IGO", "COP")
 * @param knownGroup the last part that is neither a type nor a religion code; empty when none
 * @param types      role and sector codes after the root, in order (the root too when it is itself a type)
 * @param religions  religion codes, in order
 */
public record ActorCodeParts(String full, Optional<String> country, String root, Optional<String> knownGroup,
                             List<String> types, List<String> religions) {

    /** International roots, CAMEO 1.1b3 §3: not countries. */
    static final Set<String> INTERNATIONAL = Set.of("IGO", "NGO", "NGM", "IMG", "MNC", "UIS");

    /** Role and sector codes, CAMEO 1.1b3 §3 (domestic roles and primary/secondary sectors). */
    static final Set<String> TYPES = Set.of("COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF",
            "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD",
            "RAD", "IGO", "NGO", "NGM", "IMG", "MNC", "INT", "UIS", "PTY", "ETH", "EXE", "GRP");

    /** Religion codes, CAMEO 1.1b3 §3.4. */
    static final Set<String> RELIGIONS = Set.of("ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH",
            "DOX", "ENG", "EVA", "HIN", "HSD", "ITR", "JAN", "JEW", "JHN", "LDS", "MOS", "MRN", "MSH", "OTH",
            "PAG", "PRO", "SHI", "SHN", "SIK", "SUN", "TAO", "UDX", "ZRO");

    public ActorCodeParts {
        types = List.copyOf(types);
        religions = List.copyOf(religions);
    }

    /**
     * @param code a CAMEO actor code; parts of other than three letters at the end are kept in {@code full} only
     */
    public static ActorCodeParts of(String code) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i + 3 <= code.length(); i += 3) {
            parts.add(code.substring(i, i + 3));
        }
        if (parts.isEmpty()) {
            return new ActorCodeParts(code, Optional.empty(), code, Optional.empty(), List.of(), List.of());
        }
        String root = parts.get(0);
        boolean countryRoot = !INTERNATIONAL.contains(root) && !TYPES.contains(root) && !RELIGIONS.contains(root);
        List<String> types = new ArrayList<>();
        List<String> religions = new ArrayList<>();
        Optional<String> group = Optional.empty();
        for (int i = countryRoot ? 1 : 0; i < parts.size(); i++) {
            String p = parts.get(i);
            if (TYPES.contains(p)) {
                types.add(p);
            } else if (RELIGIONS.contains(p)) {
                religions.add(p);
            } else {
                group = Optional.of(p);
            }
        }
        return new ActorCodeParts(code, countryRoot ? Optional.of(root) : Optional.empty(), root, group, types,
                religions);
    }

    /** The i-th type code (0-based), or "". */
    public String type(int i) {
        return i < types.size() ? types.get(i) : "";
    }

    /** The i-th religion code (0-based), or "". */
    public String religion(int i) {
        return i < religions.size() ? religions.get(i) : "";
    }
}
