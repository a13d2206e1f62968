# syntax=docker/dockerfile:1
# One image recipe for every Holdfast Spring Boot module:
#   docker build --build-arg MODULE=hr-service -t holdfast/hr-service .
# MODULE is one of hr-service, client-service, finance-service, notification-service, portal, gateway.

# --- build: compile the module (and the shared modules it needs) with the Maven wrapper ---
FROM eclipse-temurin:21-jdk AS build
ARG MODULE
WORKDIR /src
# the whole reactor (Maven reads every module in the root pom even with -pl); .dockerignore keeps it lean
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    test -n "$MODULE" || { echo "set --build-arg MODULE=<module>"; exit 1; } \
 && ./mvnw -B -q -pl "$MODULE" -am -DskipTests package \
 && cp "$MODULE/target/$MODULE-0.1.0-SNAPSHOT.jar" /app.jar \
 && java -Djarmode=tools -jar /app.jar extract --layers --launcher --destination /layers

# --- run: JRE only, non-root, layers ordered from least to most often changed ---
FROM eclipse-temurin:21-jre
ARG MODULE
RUN groupadd --system holdfast && useradd --system --gid holdfast --home-dir /app --shell /usr/sbin/nologin holdfast
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER holdfast
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError" \
    HOLDFAST_MODULE=${MODULE}
# every module serves readiness on its own port (PORT); compose sets PORT per service
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=5 \
    CMD curl -fsS "http://127.0.0.1:${PORT:-8080}/actuator/health/readiness" || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
