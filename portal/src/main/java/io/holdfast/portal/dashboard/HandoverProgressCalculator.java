package io.holdfast.portal.dashboard;

import java.util.Collection;
import java.util.Map;

import io.holdfast.portal.services.ServiceJson;

/** How far a departure's handover is: done over total of all its jobs (plan, reassign), in whole percent. */
public final class HandoverProgressCalculator {

    private HandoverProgressCalculator() {
    }

    /** From client-service's progress answer ({@code jobs}); null when no job has been counted yet. */
    public static Integer percentDone(Map<String, Object> progress) {
        return percentDone(ServiceJson.objects(progress.get("jobs")));
    }

    /** Null when no job has been counted yet (the plan is still being made). */
    public static Integer percentDone(Collection<? extends Map<String, Object>> jobs) {
        long done = 0;
        long total = 0;
        for (Map<String, Object> job : jobs) {
            done += number(job.get("done"));
            total += number(job.get("total"));
        }
        return total == 0 ? null : (int) (Math.min(done, total) * 100 / total);
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }
}
