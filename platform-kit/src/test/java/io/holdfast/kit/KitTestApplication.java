package io.holdfast.kit;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service that uses the kit as the real services do, for the kit's own tests. */
@SpringBootApplication
public class KitTestApplication {
}
