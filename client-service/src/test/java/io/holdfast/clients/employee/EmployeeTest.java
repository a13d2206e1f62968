package io.holdfast.clients.employee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class EmployeeTest {

    static Employee named(String username, String fullName) {
        return new Employee("u", "e", username, fullName, null, "team", List.of(), Employee.Status.ACTIVE);
    }

    @Test
    void theFullNameIsShownWhenKnown() {
        assertThat(named("anna", "Anna Schmidt").displayName()).isEqualTo("Anna Schmidt");
    }

    @Test
    void withoutAFullNameTheUsernameIsShown() {
        assertThat(named("anna", null).displayName()).isEqualTo("anna");
        assertThat(named("anna", " ").displayName()).isEqualTo("anna");
    }

    @Test
    void withNeitherThereIsNoName() {
        assertThat(named(null, null).displayName()).isNull();
        assertThat(named("", "").displayName()).isNull();
    }
}
