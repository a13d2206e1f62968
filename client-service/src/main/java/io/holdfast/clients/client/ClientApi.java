package io.holdfast.clients.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** Request and response bodies of the client API. */
public final class ClientApi {

    static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    /**
     * Live contacts a client keeps at most: every change publishes the whole list (ClientContactsChanged), and an
     * unbounded one would in the end outgrow Kafka's message size and stall the outbox behind it.
     */
    public static final int MAX_CONTACTS = 50;

    private ClientApi() {
    }

    public record NewClient(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 40) @Pattern(regexp = "^[A-Za-z0-9-]+$", message = "letters, digits and dashes only") String taxId,
            @NotBlank @Size(max = 40) String segment,
            @NotBlank @Size(max = 80) String team,
            @NotBlank @Pattern(regexp = UUID_PATTERN, message = "must be a user id (UUID)") String accountManagerUserId,
            @NotBlank @Pattern(regexp = UUID_PATTERN, message = "must be a user id (UUID)") String executiveSponsorUserId,
            @NotNull @PastOrPresent LocalDate clientSince,
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal yearlyRevenue,
            @NotBlank @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code") String currency,
            @Pattern(regexp = "^(en|ru)$", message = "must be en or ru") String language,
            @Size(max = MAX_CONTACTS) List<@Valid NewContact> contacts) {
    }

    public record ClientChange(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 40) String segment,
            @NotBlank @Pattern(regexp = UUID_PATTERN, message = "must be a user id (UUID)") String executiveSponsorUserId,
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal yearlyRevenue,
            @NotBlank @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code") String currency,
            @Pattern(regexp = "^(en|ru)$", message = "must be en or ru") String language) {
    }

    public record NewContact(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 100) String role,
            @NotBlank @Email @Size(max = 254) String email,
            @Pattern(regexp = "^\\+?[0-9 ()-]{5,30}$", message = "must be a phone number") String phone,
            boolean primary,
            boolean billing) {
    }

    public record Reassignment(
            @NotBlank @Pattern(regexp = UUID_PATTERN, message = "must be a user id (UUID)") String toUserId,
            @Size(max = 500) String note) {
    }

    public record BulkReassignment(
            @NotBlank @Pattern(regexp = UUID_PATTERN, message = "must be a user id (UUID)") String toUserId,
            @jakarta.validation.constraints.NotEmpty @Size(max = 200) List<@NotNull UUID> clientIds,
            @Size(max = 500) String note) {
    }

    public record Churn(
            @NotBlank @Size(max = 500) String reason,
            @Size(max = 200) String competitor,
            @Size(max = 200) String wentTo,
            @PastOrPresent LocalDate churnedOn) {
    }

    public record ReassignResult(List<UUID> reassigned) {
    }

    public record ContactView(UUID id, String name, String role, String email, String phone, boolean primary,
            boolean billing, String flag) {
    }

    public record Money(BigDecimal amount, String currency) {
    }

    /** {@code accountManagerName} and {@code executiveSponsorName} from the employee projection; null when unknown. */
    public record ClientDetail(UUID id, String name, String taxId, String segment, Client.Status status, String team,
            String accountManagerUserId, String accountManagerName, String executiveSponsorUserId,
            String executiveSponsorName, LocalDate clientSince, Money yearlyRevenue, String language,
            List<ContactView> contacts) {
    }

    /** What finance may read: the name and the billing contacts. */
    public record ClientBillingView(UUID id, String name, List<ContactView> billingContacts) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClientSummary(UUID id, String name, Client.Status status, String segment, String team,
            String accountManagerUserId, Money yearlyRevenue) {
    }

    public record Page<T>(List<T> items, String next) {
    }
}
