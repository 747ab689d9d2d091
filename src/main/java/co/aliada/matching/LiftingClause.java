package co.aliada.matching;

import java.util.List;

/**
 * A rule of the admins' words that, when a text tells what it looks for, puts its services first: sales staff who do
 * not sell ({@link StaffClause}), a person still to hire ({@link HiringClause}), produce damaged on the way
 * ({@link HandlingClause}).
 */
interface LiftingClause {

    /** Whether the text tells what the rule looks for. */
    boolean tells(String text);

    /** The services such a text needs first. */
    List<String> lifts();
}
