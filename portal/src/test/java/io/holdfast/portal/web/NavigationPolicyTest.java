package io.holdfast.portal.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationPolicyTest {

    private static List<String> paths(String... roles) {
        return NavigationPolicy.sectionsFor(List.of(roles)).stream().map(NavigationPolicy.Section::path).toList();
    }

    @Test
    void ownerSeesEverySection() {
        assertThat(paths("owner")).containsExactly("/", "/clients", "/staff", "/finance", "/compliance", "/notifications");
    }

    @Test
    void accountManagerSeesClientsButNoStaffFinanceOrCompliance() {
        assertThat(paths("account-manager")).containsExactly("/", "/clients", "/notifications");
    }

    @Test
    void financeSeesFinanceAndClientNamesButNotStaff() {
        assertThat(paths("finance")).containsExactly("/", "/clients", "/finance", "/notifications");
    }

    @Test
    void legalSeesComplianceAndStaff() {
        assertThat(paths("legal")).containsExactly("/", "/clients", "/staff", "/compliance", "/notifications");
    }

    @Test
    void opsSeesOnlyDashboardAndNotifications() {
        assertThat(paths("ops")).containsExactly("/", "/notifications");
    }

    @Test
    void teamLeadSeesClientsButNotTheStaffListWhichHrServiceDoesNotGiveThem() {
        assertThat(paths("team-lead")).containsExactly("/", "/clients", "/notifications");
    }

    @Test
    void noRolesStillHaveTheirOwnFeed() {
        assertThat(paths()).containsExactly("/", "/notifications");
    }

    @Test
    void rolesCombineWithoutDuplicates() {
        assertThat(paths("hr", "team-lead", "account-manager")).containsExactly("/", "/clients", "/staff", "/notifications");
    }
}
