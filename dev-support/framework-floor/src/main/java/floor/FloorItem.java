package floor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one entity: a table of the one migration. */
@Entity
@Table(name = "floor_item")
public class FloorItem extends PanacheEntityBase {
    @Id
    public Long id;
    public String name;
}
