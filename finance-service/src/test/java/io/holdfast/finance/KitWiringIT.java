package io.holdfast.finance;

import io.holdfast.kit.test.HoldfastIntegrationTest;
import io.holdfast.kit.test.KitWiringContract;

@HoldfastIntegrationTest
class KitWiringIT extends KitWiringContract {
}
