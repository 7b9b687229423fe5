package cn.tongban.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** One row of the keyword index: a term (see {@link SearchTerms}) occurs in a matter's searchable text. */
@Entity
@Table(name = "matter_search_term")
@IdClass(MatterSearchTerm.Key.class)
public class MatterSearchTerm {

    @Id
    @Column(nullable = false, length = 8)
    private String term;

    @Id
    @Column(name = "matter_id", nullable = false)
    private Long matterId;

    protected MatterSearchTerm() {
    }

    public MatterSearchTerm(String term, Long matterId) {
        this.term = Objects.requireNonNull(term);
        this.matterId = Objects.requireNonNull(matterId);
    }

    /** The composite primary key (term, matter). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String term;
        private Long matterId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(term, other.term) && Objects.equals(matterId, other.matterId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(term, matterId);
        }
    }
}
