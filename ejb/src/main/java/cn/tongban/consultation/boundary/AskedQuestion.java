package cn.tongban.consultation.boundary;

import cn.tongban.consultation.entity.Question;

/**
 * A question just asked, with the visitor's access code in clear: shown this once and never again, because
 * only its hash is kept. Null for a signed-in applicant, who reads their questions through the account.
 */
public record AskedQuestion(Question question, String accessCode) {
}
