package cn.hubei.yishi.advisor.cases;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Cases with their materials and history, loaded and saved as one aggregate. */
interface CaseRepository extends ListCrudRepository<PrecheckCase, Long> {

    Optional<PrecheckCase> findByPrecheckCode(String precheckCode);
}
