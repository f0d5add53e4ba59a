/**
 * The review of a closed call's applications: reviewers assigned per application,
 * conflicts of interest (declared, or detected from the reviewer's organisation and the
 * persons named in the application) that shut a reviewer out of an application in every
 * channel ({@link klynge.funding.review.ReviewGate} is the one place that decides),
 * scores per criterion, the ranking within the fund's frame, and the committee's proposal
 * under an agenda item of the deciding body.
 */
package klynge.funding.review;
