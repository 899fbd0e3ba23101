package vn.thidua.eligibility.runs;

import org.springframework.batch.core.partition.support.Partitioner;
import org.springframework.batch.item.ExecutionContext;
import vn.thidua.eligibility.facts.FactGroups;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts a run into ranges of whole groups of units, in the order an in-process run reads them, so
 * that partition {@code p}'s groups are exactly the in-process run's groups {@code firstChunk ..
 * firstChunk + chunks - 1} and are stored under those chunk numbers: the decisions, traces and
 * snapshot, and so the digest's parts but the run's own record, are the same whatever the number of
 * partitions or workers. The first range starts before every code and the last has no end, so a
 * unit is evaluated once whatever an import adds meanwhile.
 */
class RunPartitioner implements Partitioner {
    static final String AFTER = "after";
    static final String LAST = "last";
    static final String FIRST_CHUNK = "firstChunk";
    static final String CHUNKS = "chunks";
    /** The manager's: a worker configured otherwise still reads the groups the chunk numbers stand for. */
    static final String UNITS_PER_GROUP = "unitsPerGroup";

    private final FactGroups factGroups;
    private final int unitsPerGroup;

    RunPartitioner(FactGroups factGroups, int unitsPerGroup) {
        this.factGroups = factGroups;
        this.unitsPerGroup = unitsPerGroup;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        List<String> codes = factGroups.unitCodes();
        int groups = (codes.size() + unitsPerGroup - 1) / unitsPerGroup;
        int parts = Math.min(gridSize, groups);
        Map<String, ExecutionContext> out = new LinkedHashMap<>();
        for (int p = 0; p < parts; p++) {
            int firstGroup = (int) ((long) groups * p / parts);
            int endGroup = (int) ((long) groups * (p + 1) / parts);
            int firstUnit = firstGroup * unitsPerGroup;
            int endUnit = Math.min(endGroup * unitsPerGroup, codes.size());
            ExecutionContext context = new ExecutionContext();
            context.putString(AFTER, firstUnit == 0 ? FactGroups.UnitRange.ALL.after() : codes.get(firstUnit - 1));
            if (p < parts - 1) {
                context.putString(LAST, codes.get(endUnit - 1));
            }
            context.putInt(FIRST_CHUNK, firstGroup);
            context.putInt(CHUNKS, endGroup - firstGroup);
            context.putInt(UNITS_PER_GROUP, unitsPerGroup);
            out.put("partition%05d".formatted(p), context);
        }
        return out;
    }

    static FactGroups.UnitRange range(ExecutionContext context) {
        return new FactGroups.UnitRange(context.getString(AFTER), context.containsKey(LAST) ? context.getString(LAST) : null);
    }
}
