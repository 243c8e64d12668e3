package org.dyad.actor;

/**
 * The type of a proper name found by {@link NameFinder}: the three entity types political event data needs (who
 * acts, which body, where) and {@link #OTHER} for the rest (events, works, products, nationalities used as
 * adjectives, names whose type no cue settles).
 */
public enum NameType {
    /** A person: "Angela Merkel", "Mr. Smith", "Warhol" after "Andy Warhol". */
    PERSON,
    /** An organisation: a government body, party, company, armed group, IGO or NGO ("Bank of England", "NATO"). */
    ORGANISATION,
    /** A place: a country, region, city or other location ("Kabul", "Texas", "North America"). */
    PLACE,
    /** A proper name of another kind, or of a kind no cue settles. */
    OTHER
}
