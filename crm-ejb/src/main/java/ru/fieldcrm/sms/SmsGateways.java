package ru.fieldcrm.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** The adapter of each gateway the CRM can send through. */
@ApplicationScoped
public class SmsGateways {

    @Inject
    @Any
    Instance<SmsGateway> adapters;

    SmsGateway of(SmsGatewayKind kind) {
        return adapters.stream().filter(a -> a.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("No adapter for the SMS gateway " + kind));
    }
}
