package cn.tongban.applications.boundary;

import cn.tongban.accounts.boundary.Accounts;
import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.applications.control.Intake;
import cn.tongban.applications.control.SealedAnswer;
import cn.tongban.applications.entity.ApplicantIdentity;
import cn.tongban.applications.entity.Application;
import cn.tongban.applications.entity.ApplicationDraft;
import cn.tongban.applications.entity.ApplicationMaterial;
import cn.tongban.applications.entity.CanonicalJson;
import cn.tongban.applications.entity.IdempotencyKey;
import cn.tongban.applications.entity.SubmissionKey;
import cn.tongban.applications.entity.SubmissionReceipt;
import cn.tongban.calendar.boundary.Calendars;
import cn.tongban.catalogue.boundary.Catalogue;
import cn.tongban.catalogue.entity.Matter;
import cn.tongban.platform.entity.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Submitting an application exactly once (网上申报, 第四条): every submission carries an idempotency key — the
 * API's {@code Idempotency-Key} header, the token of the portal's apply form — and the same key with the same
 * request creates one application however often it arrives, answering each repeat with the first answer (receipt
 * number and query code included). The same key with another request is a conflict.
 * <p>
 * An applicant submits in their own name; a partner system (第五条) registers an application at its department's
 * counter on behalf of an applicant identified by resident ID or credit code, for a matter its department handles.
 */
@Stateless
@RolesAllowed({Role.Names.APPLICANT, Role.Names.PARTNER})
public class Submissions {

    @Resource
    SessionContext context;

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    @EJB
    Catalogue catalogue;

    @EJB
    Calendars calendars;

    @Inject
    Intake intake;

    @Inject
    Clock clock;

    /** A concurrent submission claimed the same key first; trying again finds what it created. */
    @ApplicationException(rollback = true)
    public static class KeyClaimedMeanwhile extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Submits an application for a matter with its online form. {@code applicant} is required of a partner (the
     * applicant at its counter) and optional for an applicant, who may only name themselves.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SubmissionReceipt submit(String matterCode, ApplicantIdentity applicant, JsonObject form, IdempotencyKey key) {
        Submissions self = context.getBusinessObject(Submissions.class);
        try {
            return self.submitOnce(matterCode, applicant, form, key);
        } catch (KeyClaimedMeanwhile e) {
            return self.submitOnce(matterCode, applicant, form, key);
        }
    }

    /**
     * Submits the caller's draft with the form as it is now; the draft's materials go with the application and
     * every material the catalogue marks as required must be among them. The draft is gone afterwards.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed(Role.Names.APPLICANT)
    public SubmissionReceipt submitDraft(long draftId, JsonObject form, IdempotencyKey key) {
        Submissions self = context.getBusinessObject(Submissions.class);
        try {
            return self.submitDraftOnce(draftId, form, key);
        } catch (KeyClaimedMeanwhile e) {
            return self.submitDraftOnce(draftId, form, key);
        }
    }

    /** One attempt of {@link #submit}, in a transaction of its own. Not for other callers. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SubmissionReceipt submitOnce(String matterCode, ApplicantIdentity applicant, JsonObject form, IdempotencyKey key) {
        Account caller = accounts.current();
        if (matterCode == null || matterCode.isBlank()) {
            throw BusinessException.invalid("application.matterMissing");
        }
        JsonObjectBuilder request = Json.createObjectBuilder().add("matterCode", matterCode.strip())
                .add("form", form == null ? JsonValue.EMPTY_JSON_OBJECT : form);
        if (applicant != null) {
            request.add("applicant", identity(applicant));
        }
        String requestHash = CanonicalJson.sha256(request.build());
        Optional<SubmissionReceipt> earlier = replay(caller, key, requestHash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        SubmissionKey claim = claim(caller, key, requestHash);
        Matter matter = catalogue.matter(matterCode.strip());
        if (!matter.acceptsOnlineApplications()) {
            throw BusinessException.unprocessable("application.offlineOnly", matter.getCode());
        }
        Application application;
        if (caller.hasRole(Role.PARTNER)) {
            if (applicant == null) {
                throw BusinessException.invalid("submission.applicantRequired");
            }
            if (!caller.belongsTo(matter.getDepartment())) {
                throw BusinessException.forbidden("application.counterNotYourDepartment", matter.getCode());
            }
            application = intake.submit(matter, counterApplicant(applicant), caller, form);
        } else {
            if (applicant != null && !applicant.isHolderOf(caller)) {
                throw BusinessException.unprocessable("submission.notYou");
            }
            application = intake.submit(matter, caller, null, form);
        }
        return fulfil(claim, application, caller, key);
    }

    /** One attempt of {@link #submitDraft}, in a transaction of its own. Not for other callers. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed(Role.Names.APPLICANT)
    public SubmissionReceipt submitDraftOnce(long draftId, JsonObject form, IdempotencyKey key) {
        Account caller = accounts.current();
        String requestHash = CanonicalJson.sha256(Json.createObjectBuilder().add("draft", draftId)
                .add("form", form == null ? JsonValue.EMPTY_JSON_OBJECT : form).build());
        Optional<SubmissionReceipt> earlier = replay(caller, key, requestHash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        SubmissionKey claim = claim(caller, key, requestHash);
        ApplicationDraft draft = em.find(ApplicationDraft.class, draftId, LockModeType.PESSIMISTIC_WRITE);
        if (draft == null) {
            throw BusinessException.notFound("draft.unknown", draftId);
        }
        draft.requireApplicant(caller);
        List<ApplicationMaterial> materials = em.createNamedQuery(ApplicationMaterial.FIND_BY_DRAFT, ApplicationMaterial.class)
                .setParameter("draft", draft).getResultList();
        Matter matter = draft.getMatter();
        if (!matter.acceptsOnlineApplications()) {
            throw BusinessException.unprocessable("application.offlineOnly", matter.getCode());
        }
        List<String> missing = ApplicationMaterial.missing(matter.getCurrentVersion().getContent(), materials);
        if (!missing.isEmpty()) {
            throw BusinessException.unprocessable("submission.materialsMissing", missing.size(), String.join("、", missing));
        }
        Application application = intake.submit(matter, caller, null, form);
        materials.forEach(m -> m.moveTo(application));
        em.flush();
        em.remove(draft);
        return fulfil(claim, application, caller, key);
    }

    private Optional<SubmissionReceipt> replay(Account caller, IdempotencyKey key, String requestHash) {
        return em.createNamedQuery(SubmissionKey.FIND, SubmissionKey.class)
                .setParameter("account", caller)
                .setParameter("keyHash", key.hash())
                .getResultStream().findFirst()
                .map(existing -> {
                    Application first = existing.replayFor(requestHash);
                    return Optional.ofNullable(existing.getSealedAnswer())
                            .flatMap(sealed -> SealedAnswer.open(sealed, caller.getId(), key))
                            .map(SubmissionReceipt::replayOf)
                            .orElseGet(() -> new SubmissionReceipt(first.getReceiptNumber().value(), null,
                                    first.getStatus(), first.getSubmittedAt(), null, true));
                });
    }

    /** Stores the key before anything else, so that a concurrent submission with it waits for this one. */
    private SubmissionKey claim(Account caller, IdempotencyKey key, String requestHash) {
        SubmissionKey claim = new SubmissionKey(caller, key, requestHash, OffsetDateTime.now(clock));
        em.persist(claim);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new KeyClaimedMeanwhile();
        }
        return claim;
    }

    private SubmissionReceipt fulfil(SubmissionKey claim, Application application, Account caller, IdempotencyKey key) {
        SubmissionReceipt receipt = SubmissionReceipt.of(application, application.expectedPromisedDue(calendars.current()));
        claim.fulfil(application, SealedAnswer.seal(receipt.toJson(), caller.getId(), key));
        return receipt;
    }

    /**
     * The applicant a partner registers at its counter: the account with that resident ID or credit code, or a new
     * one that cannot sign in. An existing account must be of the same kind and name, so a typing error does not
     * file an application under somebody else.
     */
    private Account counterApplicant(ApplicantIdentity applicant) {
        Optional<Account> known = accounts.byIdentityNumber(applicant.identityNumber());
        if (known.isPresent()) {
            Account account = known.get();
            if (account.getKind() != applicant.type() || !account.getDisplayName().equals(applicant.name())) {
                throw BusinessException.unprocessable("submission.identityMismatch");
            }
            return account;
        }
        Account account = Account.registeredAtCounter("counter-" + sha256(applicant.identityNumber()).substring(0, 24),
                applicant.name(), applicant.type(), applicant.identityNumber(), OffsetDateTime.now(clock));
        account.contact(applicant.email(), applicant.phone());
        em.persist(account);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // registered for the same person at the same moment by another submission: that one's account counts
            throw new KeyClaimedMeanwhile();
        }
        return account;
    }

    private static JsonObject identity(ApplicantIdentity applicant) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("type", applicant.type().name()).add("name", applicant.name())
                .add("identityNumber", applicant.identityNumber());
        if (applicant.phone() != null) {
            json.add("phone", applicant.phone());
        }
        if (applicant.email() != null) {
            json.add("email", applicant.email());
        }
        return json.build();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
