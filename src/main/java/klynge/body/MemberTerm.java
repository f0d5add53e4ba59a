package klynge.body;

import java.time.LocalDate;

/** A member row with the term of its membership (until open-ended when null). */
public record MemberTerm(MemberRow member, LocalDate validFrom, LocalDate validTo) {
}
