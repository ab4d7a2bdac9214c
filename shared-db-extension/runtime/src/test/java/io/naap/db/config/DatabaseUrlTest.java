package io.naap.db.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void theOriginalPlatformsLocalUrlBecomesAJdbcUrlWithCredentials() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://postgres:postgres@localhost:5432/naap");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/naap");
        assertThat(url.username()).contains("postgres");
        assertThat(url.password()).contains("postgres");
        assertThat(url.connectionLimit()).isEmpty();
    }

    @Test
    void prismaPoolParametersBecomePoolSettingsAndDriverParametersPassThrough() {
        DatabaseUrl url = DatabaseUrl.parse(
                "postgres://app:s3cret@db.example:6543/naap?sslmode=require&pgbouncer=true&connection_limit=10&pool_timeout=30");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/naap?sslmode=require&prepareThreshold=0");
        assertThat(url.connectionLimit()).contains(10);
        assertThat(url.poolTimeoutSeconds()).contains(30);
    }

    @Test
    void percentEncodedCredentialsAreDecoded() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://us%40er:p%40ss%3Aword%2B@host/db");

        assertThat(url.username()).contains("us@er");
        assertThat(url.password()).contains("p@ss:word+");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://host/db");
    }

    @Test
    void aUrlWithoutCredentialsLeavesThemToTheDriver() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://localhost/naap");

        assertThat(url.username()).isEmpty();
        assertThat(url.password()).isEmpty();
    }

    @Test
    void otherSchemesAndMalformedUrlsAreRejectedWithTheReason() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://u:p@h/db")).hasMessageContaining("postgresql://");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://h/db?connection_limit=zero"))
                .hasMessageContaining("connection_limit");
    }

    @Test
    void theConfigSourceExposesTheDatasourceBetweenPropertiesFilesAndEnvironment() {
        DatabaseUrlConfigSource source = new DatabaseUrlConfigSource("postgresql://a:b@h:1/d?connection_limit=3");

        assertThat(source.getValue("quarkus.datasource.jdbc.url")).isEqualTo("jdbc:postgresql://h:1/d");
        assertThat(source.getValue("quarkus.datasource.username")).isEqualTo("a");
        assertThat(source.getValue("quarkus.datasource.password")).isEqualTo("b");
        assertThat(source.getValue("quarkus.datasource.jdbc.max-size")).isEqualTo("3");
        assertThat(source.getOrdinal()).isGreaterThan(250).isLessThan(300);
        assertThat(new DatabaseUrlConfigSource(null).getPropertyNames()).isEmpty();
    }
}
