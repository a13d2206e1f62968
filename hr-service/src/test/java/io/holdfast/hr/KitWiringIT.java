package io.holdfast.hr;

import io.holdfast.kit.test.HoldfastIntegrationTest;
import io.holdfast.kit.test.KitWiringContract;

@HoldfastIntegrationTest
class KitWiringIT extends KitWiringContract {
}
