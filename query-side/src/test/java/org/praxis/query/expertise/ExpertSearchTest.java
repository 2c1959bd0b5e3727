package org.praxis.query.expertise;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExpertSearchTest {

    @Test
    void theWritersOfAnItemShareItsVoteAndOthersKeepTheirs() {
        assertThat(ExpertSearch.share(1.0, ExpertSearch.Role.WROTE, 1)).isEqualTo(1.0);
        assertThat(ExpertSearch.share(1.0, ExpertSearch.Role.WROTE, 4)).isEqualTo(0.5, within(1e-9));
        assertThat(ExpertSearch.share(1.0, ExpertSearch.Role.UPLOADED, 4)).isEqualTo(1.0);
        assertThat(ExpertSearch.share(0.6, ExpertSearch.Role.REVISED, 3)).isEqualTo(0.6);
    }
}
