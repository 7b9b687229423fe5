/**
 * What people post for others to read (第二十三条(一): no illegal information on the system): the rules every
 * posted text follows — plain text of bounded length without control characters — and the prohibited terms
 * kept by the service office, against which everything to be published is screened. A post that contains a
 * term is held for review, not refused: the term may appear innocently, and a person decides.
 *
 * <p>A capability of its own rather than a part of consultation, because the list and its keeper (the service
 * office) serve every capability that publishes text; each of them keeps its own held posts, since approving
 * one means publishing it there.
 */
package cn.tongban.moderation;
