package io.naap.db.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.naap.db.model.tracker.TrackerProject;
import io.naap.db.model.tracker.TrackerTask;
import io.naap.db.model.tracker.TrackerTaskStatus;

/** The HQL the data API writes: identifiers from the mapping only, every value a parameter, one text per shape. */
class HqlTest {

    private final ModelSpec tasks = ModelSpec.of(TrackerTask.class);

    @Test
    void valuesAreBoundAsParametersAndNeverWrittenIntoTheText() {
        Hql hql = new Hql();
        String where = hql.where(tasks, Hql.ROOT, Filter.eq("title", "x' or '1'='1")
                .and(Filter.in("status", List.of(TrackerTaskStatus.TODO, TrackerTaskStatus.DONE))));

        assertThat(where).isEqualTo("(r0.title = :p0) and (r0.status in (:p1))").doesNotContain("1'='1");
        assertThat(parameters(hql)).containsEntry("p0", "x' or '1'='1")
                .containsEntry("p1", List.of(TrackerTaskStatus.TODO, TrackerTaskStatus.DONE));
    }

    @Test
    void theSameShapeGivesTheSameTextSoThePlanCacheServesIt() {
        Filter first = Filter.eq("projectId", "a").and(Filter.contains("title", "x").insensitive());
        Filter second = Filter.eq("projectId", "b").and(Filter.contains("title", "y").insensitive());

        assertThat(new Hql().where(tasks, Hql.ROOT, first)).isEqualTo(new Hql().where(tasks, Hql.ROOT, second))
                .isEqualTo("(r0.projectId = :p0) and (lower(r0.title) like :p1 escape '!')");
    }

    @Test
    void likePatternsMatchTheirWildcardsLiterally() {
        Hql hql = new Hql();
        hql.where(tasks, Hql.ROOT, Filter.startsWith("title", "100%_done!"));

        assertThat(parameters(hql)).containsEntry("p0", "100!%!_done!!%");
    }

    @Test
    void relationFiltersAreCorrelatedExistsSubqueries() {
        String every = new Hql().where(ModelSpec.of(TrackerProject.class), Hql.ROOT,
                Filter.every("tasks", Filter.eq("status", TrackerTaskStatus.DONE)));
        String is = new Hql().where(tasks, Hql.ROOT, Filter.is("project", Filter.eq("teamId", "t")));

        assertThat(every).isEqualTo("not exists (select 1 from TrackerTask r1 where r1.project = r0 and "
                + "(not (r1.status = :p0)))");
        assertThat(is).isEqualTo("exists (select 1 from TrackerProject r1 where r1 = r0.project and (r1.teamId = :p0))");
    }

    @Test
    void emptyListsAndNeutralFiltersNeedNoParameter() {
        assertThat(new Hql().where(tasks, Hql.ROOT, Filter.in("status", List.of()))).isEqualTo("1=0");
        assertThat(new Hql().where(tasks, Hql.ROOT, Filter.notIn("status", List.of()))).isEqualTo("1=1");
        assertThat(new Hql().where(tasks, Hql.ROOT, Filter.all())).isEqualTo("1=1");
    }

    @Test
    void anIdentifierOutsideTheMappingIsRefused() {
        assertThatThrownBy(() -> new Hql().where(tasks, Hql.ROOT, Filter.eq("title = title or 1", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("No field title = title or 1 on TrackerTask");
        assertThatThrownBy(() -> Hql.orderBy(tasks, Hql.ROOT, List.of(OrderBy.desc("1; drop table x"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, Object> parameters(Hql hql) {
        return hql.parameters();
    }
}
