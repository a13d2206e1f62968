package io.holdfast.notifications.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.holdfast.contracts.notify.CompanyDocumentIssued;
import io.holdfast.kit.audit.AuditLog;
import io.holdfast.kit.outbox.Outbox;
import io.holdfast.kit.security.Actor;
import io.holdfast.kit.web.NotFoundException;
import io.holdfast.notifications.directory.Directory;
import io.holdfast.notifications.letters.LetterRenderer;
import io.holdfast.notifications.letters.PartnershipRule;
import io.holdfast.notifications.routing.ClientFacts;
import io.holdfast.notifications.routing.LetterKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Company documents on demand from the portal: a thank-you letter or a partner certificate for a client, in
 * the client's language unless asked otherwise. Issuing one is a company-level touchpoint: it publishes
 * CompanyDocumentIssued, which client-service records.
 */
@RestController
@RequestMapping("${holdfast.api-prefix}/documents")
public class DocumentController {

    private final Directory directory;
    private final LetterRenderer letters;
    private final Outbox outbox;
    private final AuditLog audit;

    DocumentController(Directory directory, LetterRenderer letters, Outbox outbox, AuditLog audit) {
        this.directory = directory;
        this.letters = letters;
        this.outbox = outbox;
        this.audit = audit;
    }

    public enum Kind {
        THANK_YOU_LETTER, PARTNER_CERTIFICATE
    }

    public record DocumentRequest(@NotBlank @Size(max = 100) String clientId, @NotNull Kind kind,
            @Pattern(regexp = "en|ru", message = "must be en or ru") String language) {
    }

    @PostMapping(produces = { MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
    @PreAuthorize("hasAnyRole('owner','account-manager','team-lead')")
    @Transactional
    public ResponseEntity<byte[]> issue(@Valid @RequestBody DocumentRequest request) {
        Actor actor = Actor.current();
        ClientFacts client = directory.client(request.clientId()).filter(c -> maySee(actor, c))
                .orElseThrow(() -> new NotFoundException("client", request.clientId()));
        String language = request.language() != null ? request.language() : client.language();
        LocalDate today = LocalDate.now();
        int years = PartnershipRule.years(client.clientSince(), today);
        Map<String, String> facts = new HashMap<>();
        facts.put("clientName", client.name());
        facts.put("contactName", client.primaryContact() == null ? client.name() : client.primaryContact().name());
        facts.put("yearsText", PartnershipRule.wording(years, language));
        facts.put("clientSince", client.clientSince() == null ? "—" : client.clientSince().toString());
        LetterKind kind = LetterKind.valueOf(request.kind().name());
        byte[] pdf = letters.render(kind, language, facts);

        String documentId = UUID.randomUUID().toString();
        outbox.publish(new CompanyDocumentIssued(documentId, 1, client.clientId(),
                CompanyDocumentIssued.Kind.valueOf(request.kind().name()), actor.userId(), language, Instant.now()));
        audit.record("document.issued", "client", client.clientId(),
                Map.of("documentId", documentId, "kind", request.kind().name(), "language", language));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(LetterRenderer.fileName(kind, language)).build().toString())
                .header("X-Document-Id", documentId)
                .body(pdf);
    }

    /** Owners see every client; an account manager their own clients; a team lead the clients of their team. */
    private boolean maySee(Actor actor, ClientFacts client) {
        if (actor.hasRole("owner")) {
            return true;
        }
        if (actor.hasRole("account-manager") && actor.userId().equals(client.accountManagerUserId())) {
            return true;
        }
        return actor.hasRole("team-lead") && client.team() != null
                && directory.teamOf(actor.userId()).filter(client.team()::equals).isPresent();
    }
}
