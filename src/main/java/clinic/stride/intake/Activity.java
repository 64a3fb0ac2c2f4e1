package clinic.stride.intake;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.util.Set;

/**
 * Walking, running and sport.
 *
 * @param walkingKmPerWeek   usual walking distance
 * @param runningKmPerWeek   usual running distance (0 or null for non-runners)
 * @param recentIncrease     distance or intensity went up recently
 * @param unevenTerrain      walks or runs on uneven ground
 * @param downhill           runs downhill often
 * @param speedWork          does speed work or intervals
 * @param strengthTraining   does regular strength training
 * @param warmsUp            warms up and stretches before activity
 * @param sports             other sports
 */
public record Activity(
        @DecimalMin(value = "0", message = "walking distance cannot be negative")
        @DecimalMax(value = "300", message = "walking distance must be at most 300 km a week") Double walkingKmPerWeek,
        @DecimalMin(value = "0", message = "running distance cannot be negative")
        @DecimalMax(value = "300", message = "running distance must be at most 300 km a week") Double runningKmPerWeek,
        Boolean recentIncrease,
        Boolean unevenTerrain,
        Boolean downhill,
        Boolean speedWork,
        Boolean strengthTraining,
        Boolean warmsUp,
        Set<Sport> sports) {

    public Activity {
        sports = Sets.copy(sports);
    }

    public boolean hasRunningDistance() {
        return runningKmPerWeek != null && runningKmPerWeek > 0;
    }
}
