package clinic.stride.outcomes;

/**
 * The 20 activities of the Lower Extremity Functional Scale, in the instrument's order (Binkley J, Stratford P,
 * Lott S, Riddle D. The Lower Extremity Functional Scale (LEFS): scale development, measurement properties, and
 * clinical application. Phys Ther. 1999;79(4):371-383). The LEFS is free to use.
 *
 * <p>The Spanish wording is the clinic's own translation, pending validation. Validated Spanish versions are
 * published (Cruz-Díaz D et al., Disabil Rehabil. 2014;36(23):2005-2011, Spain; Dell'Era S et al., Medicina (B
 * Aires). 2016;76(5):279-285, Argentina), but their item wording was not available to us to cite, so this text is
 * not theirs and must not be presented as a validated version.
 */
public enum LefsItem {
    USUAL_WORK("Any of your usual work, housework or school activities.",
            "Cualquiera de sus actividades habituales de trabajo, de la casa o de estudio."),
    HOBBIES("Your usual hobbies, recreational or sporting activities.",
            "Sus aficiones y actividades recreativas o deportivas habituales."),
    BATH("Getting into or out of the bath.", "Entrar o salir de la bañera."),
    WALKING_BETWEEN_ROOMS("Walking between rooms.", "Caminar de una habitación a otra."),
    SHOES_SOCKS("Putting on your shoes or socks.", "Ponerse los zapatos o los calcetines."),
    SQUATTING("Squatting.", "Ponerse en cuclillas."),
    LIFTING("Lifting an object, like a bag of groceries from the floor.",
            "Levantar un objeto del suelo, como una bolsa de la compra."),
    LIGHT_HOME_ACTIVITIES("Performing light activities around your home.", "Hacer tareas ligeras en casa."),
    HEAVY_HOME_ACTIVITIES("Performing heavy activities around your home.", "Hacer tareas pesadas en casa."),
    CAR("Getting into or out of a car.", "Entrar o salir de un coche."),
    WALKING_TWO_BLOCKS("Walking 2 blocks.", "Caminar 2 manzanas."),
    WALKING_A_MILE("Walking a mile.", "Caminar una milla (unos 1,6 km)."),
    STAIRS("Going up or down 10 stairs (about 1 flight of stairs).",
            "Subir o bajar 10 escalones (más o menos un tramo de escalera)."),
    STANDING_ONE_HOUR("Standing for 1 hour.", "Estar de pie durante 1 hora."),
    SITTING_ONE_HOUR("Sitting for 1 hour.", "Estar sentado durante 1 hora."),
    RUNNING_EVEN_GROUND("Running on even ground.", "Correr en terreno llano."),
    RUNNING_UNEVEN_GROUND("Running on uneven ground.", "Correr en terreno irregular."),
    SHARP_TURNS("Making sharp turns while running fast.", "Hacer giros bruscos mientras corre rápido."),
    HOPPING("Hopping.", "Saltar a la pata coja."),
    ROLLING_OVER_IN_BED("Rolling over in bed.", "Darse la vuelta en la cama.");

    private final Wording text;

    LefsItem(String en, String es) {
        this.text = new Wording(en, es);
    }

    /** 1 to 20, as numbered on the form. */
    public int number() {
        return ordinal() + 1;
    }

    public Wording text() {
        return text;
    }

    /** The item's name as a JSON field and intake question ({@code walkingAMile}): the constant in lower camel case. */
    public String fieldName() {
        StringBuilder name = new StringBuilder();
        for (String part : name().toLowerCase(java.util.Locale.ROOT).split("_")) {
            name.append(name.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return name.toString();
    }
}
