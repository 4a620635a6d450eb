/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation UpdateLocale($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      locale\n    }\n  }\n": typeof types.UpdateLocaleDocument,
    "\n  fragment Viewer_user on User {\n    id\n    displayName\n    email\n    role\n    locale\n  }\n": typeof types.Viewer_UserFragmentDoc,
    "\n  query Me {\n    me {\n      id\n      ...Viewer_user\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      slug\n      viewerIsMember\n      memberCount\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation AddSpaceMember($spaceId: ID!, $userId: ID!) {\n    addSpaceMember(spaceId: $spaceId, userId: $userId) {\n      id\n      memberCount\n      members {\n        id\n        ...AdminMember_user\n      }\n    }\n  }\n": typeof types.AddSpaceMemberDocument,
    "\n  fragment AdminSpaceSettings_space on Space {\n    id\n    slug\n    name\n    description\n    kind\n    access\n    responseSlaDays\n    reviewBelowAverage\n    reviewMinRatings\n  }\n": typeof types.AdminSpaceSettings_SpaceFragmentDoc,
    "\n  fragment AdminMember_user on User {\n    id\n    displayName\n    email\n    role\n    deactivatedAt\n  }\n": typeof types.AdminMember_UserFragmentDoc,
    "\n  query AdminSpace($slug: String!) {\n    space(slug: $slug) {\n      id\n      name\n      memberCount\n      ...AdminSpaceSettings_space\n      members {\n        id\n        ...AdminMember_user\n      }\n    }\n  }\n": typeof types.AdminSpaceDocument,
    "\n  fragment AdminSpaceRow_space on Space {\n    id\n    slug\n    name\n    kind\n    access\n    memberCount\n    responseSlaDays\n  }\n": typeof types.AdminSpaceRow_SpaceFragmentDoc,
    "\n  query AdminSpaces {\n    spaces {\n      id\n      ...AdminSpaceRow_space\n    }\n  }\n": typeof types.AdminSpacesDocument,
    "\n  fragment AdminPerson_user on User {\n    id\n    displayName\n    email\n    role\n    createdAt\n    deactivatedAt\n  }\n": typeof types.AdminPerson_UserFragmentDoc,
    "\n  query AdminUsers($search: String, $role: Role, $first: Int!, $after: String) {\n    users(search: $search, role: $role, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...AdminPerson_user\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  query AuditLog($actorId: ID, $action: String, $after: String) {\n    auditLog(actorId: $actorId, action: $action, first: 50, after: $after) {\n      totalCount\n      nodes {\n        id\n        action\n        targetType\n        targetId\n        targetName\n        details\n        at\n        ip\n        actor {\n          id\n          displayName\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation ChangeUserRole($id: ID!, $role: Role!) {\n    changeUserRole(id: $id, role: $role) {\n      id\n      ...AdminPerson_user\n    }\n  }\n": typeof types.ChangeUserRoleDocument,
    "\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n      slug\n      ...AdminSpaceRow_space\n    }\n  }\n": typeof types.CreateSpaceDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      ...AdminPerson_user\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      ...AdminPerson_user\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ImportUsers($csv: String!, $dryRun: Boolean!) {\n    importUsers(csv: $csv, dryRun: $dryRun) {\n      created\n      updated\n      unchanged\n      errors {\n        line\n        message\n      }\n    }\n  }\n": typeof types.ImportUsersDocument,
    "\n  query InvitationLink($token: String!) {\n    invitation(token: $token) {\n      email\n      spaceName\n      spaceSlug\n      spaceKind\n      state\n      expiresAt\n    }\n  }\n": typeof types.InvitationLinkDocument,
    "\n  query PendingInvitations($spaceId: ID!) {\n    invitations(spaceId: $spaceId) {\n      id\n      email\n      createdAt\n      expiresAt\n      invitedBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.PendingInvitationsDocument,
    "\n  mutation InviteToSpace($spaceId: ID!, $emails: [String!]!) {\n    inviteToSpace(spaceId: $spaceId, emails: $emails) {\n      id\n      email\n      expiresAt\n    }\n  }\n": typeof types.InviteToSpaceDocument,
    "\n  query Outbox($after: String) {\n    outbox(first: 50, after: $after) {\n      totalCount\n      nodes {\n        id\n        to\n        subject\n        kind\n        state\n        attempts\n        createdAt\n        sentAt\n        lastError\n        text\n        html\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.OutboxDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      ...AdminPerson_user\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  mutation RemoveSpaceMember($spaceId: ID!, $userId: ID!) {\n    removeSpaceMember(spaceId: $spaceId, userId: $userId) {\n      id\n      memberCount\n      members {\n        id\n        ...AdminMember_user\n      }\n    }\n  }\n": typeof types.RemoveSpaceMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation UpdateSpace($input: UpdateSpaceInput!) {\n    updateSpace(input: $input) {\n      id\n      ...AdminSpaceSettings_space\n      ...AdminSpaceRow_space\n    }\n  }\n": typeof types.UpdateSpaceDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      user {\n        id\n        ...Viewer_user\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        locale\n        ...Viewer_user\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      passwordSignIn\n      singleSignOn {\n        name\n        loginUrl\n      }\n    }\n  }\n": typeof types.SignInOptionsDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        ...Viewer_user\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  fragment InitiativeAwards_initiative on Initiative {\n    id\n    awards {\n      id\n      citation\n      grantedAt\n      award {\n        id\n        name\n      }\n      grantedBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.InitiativeAwards_InitiativeFragmentDoc,
    "\n  query Awards {\n    awards {\n      id\n      name\n      description\n    }\n  }\n": typeof types.AwardsDocument,
    "\n  mutation CreateAward($input: CreateAwardInput!) {\n    createAward(input: $input) {\n      id\n      name\n      description\n    }\n  }\n": typeof types.CreateAwardDocument,
    "\n  mutation GrantAward($input: GrantAwardInput!) {\n    grantAward(input: $input) {\n      id\n      initiative {\n        id\n        ...InitiativeAwards_initiative\n      }\n    }\n  }\n": typeof types.GrantAwardDocument,
    "\n  query HallOfFame($first: Int!, $after: String) {\n    hallOfFame(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        citation\n        grantedAt\n        award {\n          id\n          name\n          description\n        }\n        initiative {\n          id\n          title\n          space {\n            id\n            name\n            slug\n          }\n          author {\n            id\n            displayName\n          }\n        }\n        grantedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.HallOfFameDocument,
    "\n  mutation RevokeAwardGrant($id: ID!, $reason: String!) {\n    revokeAwardGrant(id: $id, reason: $reason) {\n      id\n      revokedAt\n      initiative {\n        id\n        ...InitiativeAwards_initiative\n      }\n    }\n  }\n": typeof types.RevokeAwardGrantDocument,
    "\n  fragment ChallengeFields on Challenge {\n    id\n    title\n    briefHtml\n    opensAt\n    closesAt\n    state\n    initiativeCount\n    space {\n      id\n      name\n      slug\n    }\n  }\n": typeof types.ChallengeFieldsFragmentDoc,
    "\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      ...ChallengeFields\n    }\n  }\n": typeof types.ChallengeDocument,
    "\n  query ChallengeInitiatives($challengeId: ID!, $first: Int!) {\n    initiatives(filter: { challengeId: $challengeId }, sort: MOST_VOTED, first: $first) {\n      totalCount\n      nodes {\n        id\n        ...InitiativeCard_initiative\n      }\n    }\n  }\n": typeof types.ChallengeInitiativesDocument,
    "\n  query Challenges($spaceId: ID) {\n    challenges(spaceId: $spaceId) {\n      id\n      title\n      state\n      ...ChallengeFields\n    }\n  }\n": typeof types.ChallengesDocument,
    "\n  mutation LaunchChallenge($input: LaunchChallengeInput!) {\n    launchChallenge(input: $input) {\n      id\n      ...ChallengeFields\n    }\n  }\n": typeof types.LaunchChallengeDocument,
    "\n  fragment CommentItem_comment on Comment {\n    id\n    body\n    bodyHtml\n    hidden\n    deleted\n    createdAt\n    editedAt\n    author {\n      id\n      displayName\n    }\n  }\n": typeof types.CommentItem_CommentFragmentDoc,
    "\n  fragment CommentThread_initiative on Initiative {\n    id\n    commentCount\n    comments {\n      id\n      ...CommentItem_comment\n      replies {\n        id\n        ...CommentItem_comment\n      }\n    }\n  }\n": typeof types.CommentThread_InitiativeFragmentDoc,
    "\n  mutation CommentOnInitiative($input: CommentInput!) {\n    commentOnInitiative(input: $input) {\n      id\n      ...CommentItem_comment\n      replies {\n        id\n        ...CommentItem_comment\n      }\n    }\n  }\n": typeof types.CommentOnInitiativeDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": typeof types.DeleteCommentDocument,
    "\n  mutation EditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      id\n      ...CommentItem_comment\n    }\n  }\n": typeof types.EditCommentDocument,
    "\n  mutation HideComment($id: ID!) {\n    hideComment(id: $id) {\n      id\n      ...CommentItem_comment\n    }\n  }\n": typeof types.HideCommentDocument,
    "\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      id\n      ...CommentItem_comment\n    }\n  }\n": typeof types.UnhideCommentDocument,
    "\n  fragment FollowButton_initiative on Initiative {\n    id\n    followerCount\n    viewerIsFollowing\n  }\n": typeof types.FollowButton_InitiativeFragmentDoc,
    "\n  fragment InitiativeCard_initiative on Initiative {\n    id\n    title\n    status\n    orientation\n    tags\n    voteCount\n    commentCount\n    awaitingResponse\n    createdAt\n    author {\n      id\n      displayName\n    }\n    ...VoteButton_initiative\n  }\n": typeof types.InitiativeCard_InitiativeFragmentDoc,
    "\n  fragment InitiativeView_initiative on Initiative {\n    id\n    title\n    bodyHtml\n    status\n    orientation\n    tags\n    voteCount\n    commentCount\n    followerCount\n    awaitingResponse\n    createdAt\n    lastActivityAt\n    author {\n      id\n      displayName\n    }\n    space {\n      id\n      slug\n      name\n    }\n    ...VoteButton_initiative\n    ...FollowButton_initiative\n    ...StatusTimeline_initiative\n    ...CommentThread_initiative\n    ...InitiativeAwards_initiative\n    ...RatingWidget_initiative\n    challenge {\n      id\n      title\n      state\n    }\n    mergedInto {\n      id\n      title\n    }\n  }\n": typeof types.InitiativeView_InitiativeFragmentDoc,
    "\n  fragment StatusTimeline_initiative on Initiative {\n    id\n    status\n    createdAt\n    awaitingResponse\n    responseDueAt\n    author {\n      id\n      displayName\n    }\n    space {\n      id\n      responseSlaDays\n    }\n    statusHistory {\n      from\n      to\n      note\n      at\n      by {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.StatusTimeline_InitiativeFragmentDoc,
    "\n  fragment VoteButton_initiative on Initiative {\n    id\n    status\n    voteCount\n    viewerHasVoted\n    viewerIsFollowing\n    followerCount\n  }\n": typeof types.VoteButton_InitiativeFragmentDoc,
    "\n  subscription InitiativeUpdated($id: ID!) {\n    initiativeUpdated(id: $id) {\n      id\n      title\n      ...InitiativeView_initiative\n    }\n  }\n": typeof types.InitiativeUpdatedDocument,
    "\n  mutation ChangeInitiativeStatus($input: ChangeStatusInput!) {\n    changeInitiativeStatus(input: $input) {\n      id\n      status\n      awaitingResponse\n      lastActivityAt\n      updatedAt\n      ...StatusTimeline_initiative\n      ...VoteButton_initiative\n    }\n  }\n": typeof types.ChangeInitiativeStatusDocument,
    "\n  mutation EditInitiative($input: EditInitiativeInput!) {\n    editInitiative(input: $input) {\n      id\n      body\n      ...InitiativeCard_initiative\n      ...InitiativeView_initiative\n    }\n  }\n": typeof types.EditInitiativeDocument,
    "\n  mutation FollowInitiative($initiativeId: ID!) {\n    followInitiative(initiativeId: $initiativeId) {\n      id\n      followerCount\n      viewerIsFollowing\n    }\n  }\n": typeof types.FollowInitiativeDocument,
    "\n  query InitiativePage($id: ID!) {\n    initiative(id: $id) {\n      id\n      title\n      ...InitiativeView_initiative\n    }\n  }\n": typeof types.InitiativePageDocument,
    "\n  query InitiativeFeed($filter: InitiativeFilter!, $sort: InitiativeSort!, $first: Int!, $after: String) {\n    initiatives(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalCountExact\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...InitiativeCard_initiative\n      }\n    }\n  }\n": typeof types.InitiativeFeedDocument,
    "\n  query EditInitiativePage($id: ID!) {\n    initiative(id: $id) {\n      id\n      title\n      body\n      orientation\n      tags\n      status\n      author {\n        id\n      }\n      space {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.EditInitiativePageDocument,
    "\n  mutation ProposeInitiative($input: ProposeInitiativeInput!) {\n    proposeInitiative(input: $input) {\n      id\n      ...InitiativeCard_initiative\n      ...InitiativeView_initiative\n    }\n  }\n": typeof types.ProposeInitiativeDocument,
    "\n  mutation UnfollowInitiative($initiativeId: ID!) {\n    unfollowInitiative(initiativeId: $initiativeId) {\n      id\n      followerCount\n      viewerIsFollowing\n    }\n  }\n": typeof types.UnfollowInitiativeDocument,
    "\n  mutation UnvoteInitiative($initiativeId: ID!) {\n    unvoteInitiative(initiativeId: $initiativeId) {\n      id\n      voteCount\n      viewerHasVoted\n    }\n  }\n": typeof types.UnvoteInitiativeDocument,
    "\n  mutation VoteInitiative($initiativeId: ID!) {\n    voteInitiative(initiativeId: $initiativeId) {\n      id\n      voteCount\n      viewerHasVoted\n      viewerIsFollowing\n      followerCount\n    }\n  }\n": typeof types.VoteInitiativeDocument,
    "\n  mutation WithdrawInitiative($id: ID!) {\n    withdrawInitiative(id: $id)\n  }\n": typeof types.WithdrawInitiativeDocument,
    "\n  query AwaitingQueue($spaceId: ID!, $first: Int!, $after: String) {\n    initiatives(filter: { spaceId: $spaceId, awaitingResponse: true }, sort: OLDEST, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        createdAt\n        responseDueAt\n        voteCount\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.AwaitingQueueDocument,
    "\n  query Insights($spaceId: ID, $from: DateTime, $to: DateTime) {\n    insights(spaceId: $spaceId, from: $from, to: $to) {\n      medianHoursToFirstResponse\n      answeredWithinSlaRatio\n      awaitingResponseCount\n      awardsGranted\n      initiativesByStatus {\n        status\n        count\n      }\n      contributorsByRole {\n        role\n        count\n      }\n      topInitiatives {\n        id\n        title\n        voteCount\n      }\n    }\n  }\n": typeof types.InsightsDocument,
    "\n  query ResponseTrend(\n    $spaceId: ID\n    $from0: DateTime\n    $to0: DateTime\n    $from1: DateTime\n    $to1: DateTime\n    $from2: DateTime\n    $to2: DateTime\n    $from3: DateTime\n    $to3: DateTime\n    $from4: DateTime\n    $to4: DateTime\n    $from5: DateTime\n    $to5: DateTime\n  ) {\n    m0: insights(spaceId: $spaceId, from: $from0, to: $to0) {\n      medianHoursToFirstResponse\n    }\n    m1: insights(spaceId: $spaceId, from: $from1, to: $to1) {\n      medianHoursToFirstResponse\n    }\n    m2: insights(spaceId: $spaceId, from: $from2, to: $to2) {\n      medianHoursToFirstResponse\n    }\n    m3: insights(spaceId: $spaceId, from: $from3, to: $to3) {\n      medianHoursToFirstResponse\n    }\n    m4: insights(spaceId: $spaceId, from: $from4, to: $to4) {\n      medianHoursToFirstResponse\n    }\n    m5: insights(spaceId: $spaceId, from: $from5, to: $to5) {\n      medianHoursToFirstResponse\n    }\n  }\n": typeof types.ResponseTrendDocument,
    "\n  query MarkdownPreview($markdown: String!) {\n    markdownPreview(markdown: $markdown)\n  }\n": typeof types.MarkdownPreviewDocument,
    "\n  fragment MergeCandidate_initiative on Initiative {\n    id\n    title\n    status\n    voteCount\n    author {\n      id\n      displayName\n    }\n  }\n": typeof types.MergeCandidate_InitiativeFragmentDoc,
    "\n  query MergeSuggestions($spaceId: ID!, $text: String!) {\n    similarInitiatives(spaceId: $spaceId, text: $text, first: 6) {\n      id\n      ...MergeCandidate_initiative\n    }\n  }\n": typeof types.MergeSuggestionsDocument,
    "\n  query MergeSearch($filter: InitiativeFilter!, $first: Int!) {\n    initiatives(filter: $filter, sort: RELEVANCE, first: $first) {\n      nodes {\n        id\n        ...MergeCandidate_initiative\n      }\n    }\n  }\n": typeof types.MergeSearchDocument,
    "\n  mutation MergeInitiatives($input: MergeInput!) {\n    mergeInitiatives(input: $input) {\n      id\n      voteCount\n      followerCount\n      viewerHasVoted\n      viewerIsFollowing\n    }\n  }\n": typeof types.MergeInitiativesDocument,
    "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    message\n    createdAt\n    readAt\n    initiative {\n      id\n      title\n    }\n    actor {\n      id\n      displayName\n    }\n  }\n": typeof types.NotificationItem_NotificationFragmentDoc,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      readAt\n      ...NotificationItem_notification\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  query LatestNotifications($first: Int!) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      totalCount\n      nodes {\n        id\n        ...NotificationItem_notification\n      }\n    }\n  }\n": typeof types.LatestNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query NotificationHistory($first: Int!, $after: String) {\n    unreadNotificationCount\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...NotificationItem_notification\n      }\n    }\n  }\n": typeof types.NotificationHistoryDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query AuthorInitiatives($authorId: ID!, $first: Int!) {\n    initiatives(filter: { authorId: $authorId }, sort: NEWEST, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        createdAt\n        space {\n          id\n          name\n          slug\n        }\n      }\n    }\n  }\n": typeof types.AuthorInitiativesDocument,
    "\n  query Leaderboard($spaceId: ID, $from: DateTime, $to: DateTime, $first: Int!) {\n    leaderboard(spaceId: $spaceId, from: $from, to: $to, first: $first) {\n      implementedCount\n      awardCount\n      votesReceived\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.LeaderboardDocument,
    "\n  query Profile($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      role\n      createdAt\n      awards {\n        id\n        citation\n        grantedAt\n        award {\n          id\n          name\n        }\n        initiative {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.ProfileDocument,
    "\n  fragment RatingWidget_initiative on Initiative {\n    id\n    status\n    ratingAverage\n    ratingCount\n    viewerRating\n    needsReview\n    space {\n      id\n      kind\n      reviewBelowAverage\n      reviewMinRatings\n    }\n  }\n": typeof types.RatingWidget_InitiativeFragmentDoc,
    "\n  mutation RateInitiative($input: RateInput!) {\n    rateInitiative(input: $input) {\n      id\n      ...RatingWidget_initiative\n    }\n  }\n": typeof types.RateInitiativeDocument,
    "\n  fragment RoadmapCard_initiative on Initiative {\n    id\n    title\n    voteCount\n    tags\n  }\n": typeof types.RoadmapCard_InitiativeFragmentDoc,
    "\n  query RoadmapColumn($filter: InitiativeFilter!, $first: Int!, $after: String) {\n    initiatives(filter: $filter, sort: MOST_VOTED, first: $first, after: $after) {\n      totalCount\n      totalCountExact\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...RoadmapCard_initiative\n      }\n    }\n  }\n": typeof types.RoadmapColumnDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query MailSettings {\n    me {\n      id\n      emailFrequency\n      timeZone\n    }\n  }\n": typeof types.MailSettingsDocument,
    "\n  mutation UpdateMailSettings($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      emailFrequency\n      timeZone\n    }\n  }\n": typeof types.UpdateMailSettingsDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  fragment SimilarIdea_initiative on Initiative {\n    id\n    title\n    status\n    voteCount\n    viewerHasVoted\n    viewerIsFollowing\n    followerCount\n  }\n": typeof types.SimilarIdea_InitiativeFragmentDoc,
    "\n  query SimilarInitiatives($spaceId: ID!, $text: String!, $first: Int!) {\n    similarInitiatives(spaceId: $spaceId, text: $text, first: $first) {\n      id\n      ...SimilarIdea_initiative\n    }\n  }\n": typeof types.SimilarInitiativesDocument,
    "\n  fragment SpaceCard_space on Space {\n    id\n    slug\n    name\n    description\n    kind\n    access\n    memberCount\n    participantCount\n    viewerIsMember\n  }\n": typeof types.SpaceCard_SpaceFragmentDoc,
    "\n  fragment SpaceFollow_space on Space {\n    id\n    viewerIsFollowing\n    viewerNotifiesOnNewInitiatives\n  }\n": typeof types.SpaceFollow_SpaceFragmentDoc,
    "\n  fragment SpaceHeader_space on Space {\n    id\n    name\n    description\n    kind\n    access\n    memberCount\n    ...SpaceFollow_space\n    participantCount\n  }\n": typeof types.SpaceHeader_SpaceFragmentDoc,
    "\n  mutation FollowSpace($spaceId: ID!, $notifyOnNewInitiatives: Boolean) {\n    followSpace(spaceId: $spaceId, notifyOnNewInitiatives: $notifyOnNewInitiatives) {\n      id\n      viewerIsFollowing\n      viewerNotifiesOnNewInitiatives\n    }\n  }\n": typeof types.FollowSpaceDocument,
    "\n  query SpaceBySlug($slug: String!) {\n    space(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      responseSlaDays\n      ...SpaceHeader_space\n    }\n  }\n": typeof types.SpaceBySlugDocument,
    "\n  query SpaceOptions {\n    spaces {\n      id\n      name\n      slug\n    }\n  }\n": typeof types.SpaceOptionsDocument,
    "\n  query Spaces {\n    spaces {\n      id\n      ...SpaceCard_space\n    }\n  }\n": typeof types.SpacesDocument,
    "\n  mutation UnfollowSpace($spaceId: ID!) {\n    unfollowSpace(spaceId: $spaceId) {\n      id\n      viewerIsFollowing\n      viewerNotifiesOnNewInitiatives\n    }\n  }\n": typeof types.UnfollowSpaceDocument,
    "\n  fragment VoiceIdea_initiative on Initiative {\n    id\n    title\n    space {\n      id\n      name\n    }\n    author {\n      id\n      displayName\n    }\n  }\n": typeof types.VoiceIdea_InitiativeFragmentDoc,
    "\n  query CustomerVoice($spaceId: ID, $from: DateTime, $to: DateTime) {\n    customerVoice(spaceId: $spaceId, from: $from, to: $to) {\n      from\n      to\n      space {\n        id\n        name\n      }\n      counts {\n        proposed\n        answered\n        implemented\n        votes\n        comments\n      }\n      newCustomerInitiativeCount\n      newCustomerInitiatives {\n        id\n        ...VoiceIdea_initiative\n        orientation\n      }\n      mostSupportedWithVotes {\n        votes\n        initiative {\n          id\n          ...VoiceIdea_initiative\n          voteCount\n        }\n      }\n      overdueCount\n      overdue {\n        id\n        ...VoiceIdea_initiative\n        responseDueAt\n      }\n      needingReview {\n        id\n        ...VoiceIdea_initiative\n        ratingAverage\n        ratingCount\n      }\n      implemented {\n        id\n        ...VoiceIdea_initiative\n        implementedAt\n        followUpNote\n      }\n      customerQuotes {\n        id\n        body\n        createdAt\n        author {\n          id\n          displayName\n        }\n        initiative {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.CustomerVoiceDocument,
    "\n  query YouSaidWeDid($spaceId: ID!, $first: Int!, $after: String) {\n    youSaidWeDid(spaceId: $spaceId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        implementedAt\n        followUpNote\n        voteCount\n        commentCount\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.YouSaidWeDidDocument,
};
const documents: Documents = {
    "\n  mutation UpdateLocale($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      locale\n    }\n  }\n": types.UpdateLocaleDocument,
    "\n  fragment Viewer_user on User {\n    id\n    displayName\n    email\n    role\n    locale\n  }\n": types.Viewer_UserFragmentDoc,
    "\n  query Me {\n    me {\n      id\n      ...Viewer_user\n    }\n  }\n": types.MeDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      slug\n      viewerIsMember\n      memberCount\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation AddSpaceMember($spaceId: ID!, $userId: ID!) {\n    addSpaceMember(spaceId: $spaceId, userId: $userId) {\n      id\n      memberCount\n      members {\n        id\n        ...AdminMember_user\n      }\n    }\n  }\n": types.AddSpaceMemberDocument,
    "\n  fragment AdminSpaceSettings_space on Space {\n    id\n    slug\n    name\n    description\n    kind\n    access\n    responseSlaDays\n    reviewBelowAverage\n    reviewMinRatings\n  }\n": types.AdminSpaceSettings_SpaceFragmentDoc,
    "\n  fragment AdminMember_user on User {\n    id\n    displayName\n    email\n    role\n    deactivatedAt\n  }\n": types.AdminMember_UserFragmentDoc,
    "\n  query AdminSpace($slug: String!) {\n    space(slug: $slug) {\n      id\n      name\n      memberCount\n      ...AdminSpaceSettings_space\n      members {\n        id\n        ...AdminMember_user\n      }\n    }\n  }\n": types.AdminSpaceDocument,
    "\n  fragment AdminSpaceRow_space on Space {\n    id\n    slug\n    name\n    kind\n    access\n    memberCount\n    responseSlaDays\n  }\n": types.AdminSpaceRow_SpaceFragmentDoc,
    "\n  query AdminSpaces {\n    spaces {\n      id\n      ...AdminSpaceRow_space\n    }\n  }\n": types.AdminSpacesDocument,
    "\n  fragment AdminPerson_user on User {\n    id\n    displayName\n    email\n    role\n    createdAt\n    deactivatedAt\n  }\n": types.AdminPerson_UserFragmentDoc,
    "\n  query AdminUsers($search: String, $role: Role, $first: Int!, $after: String) {\n    users(search: $search, role: $role, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...AdminPerson_user\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  query AuditLog($actorId: ID, $action: String, $after: String) {\n    auditLog(actorId: $actorId, action: $action, first: 50, after: $after) {\n      totalCount\n      nodes {\n        id\n        action\n        targetType\n        targetId\n        targetName\n        details\n        at\n        ip\n        actor {\n          id\n          displayName\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation ChangeUserRole($id: ID!, $role: Role!) {\n    changeUserRole(id: $id, role: $role) {\n      id\n      ...AdminPerson_user\n    }\n  }\n": types.ChangeUserRoleDocument,
    "\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n      slug\n      ...AdminSpaceRow_space\n    }\n  }\n": types.CreateSpaceDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      ...AdminPerson_user\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      ...AdminPerson_user\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ImportUsers($csv: String!, $dryRun: Boolean!) {\n    importUsers(csv: $csv, dryRun: $dryRun) {\n      created\n      updated\n      unchanged\n      errors {\n        line\n        message\n      }\n    }\n  }\n": types.ImportUsersDocument,
    "\n  query InvitationLink($token: String!) {\n    invitation(token: $token) {\n      email\n      spaceName\n      spaceSlug\n      spaceKind\n      state\n      expiresAt\n    }\n  }\n": types.InvitationLinkDocument,
    "\n  query PendingInvitations($spaceId: ID!) {\n    invitations(spaceId: $spaceId) {\n      id\n      email\n      createdAt\n      expiresAt\n      invitedBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.PendingInvitationsDocument,
    "\n  mutation InviteToSpace($spaceId: ID!, $emails: [String!]!) {\n    inviteToSpace(spaceId: $spaceId, emails: $emails) {\n      id\n      email\n      expiresAt\n    }\n  }\n": types.InviteToSpaceDocument,
    "\n  query Outbox($after: String) {\n    outbox(first: 50, after: $after) {\n      totalCount\n      nodes {\n        id\n        to\n        subject\n        kind\n        state\n        attempts\n        createdAt\n        sentAt\n        lastError\n        text\n        html\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.OutboxDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      ...AdminPerson_user\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  mutation RemoveSpaceMember($spaceId: ID!, $userId: ID!) {\n    removeSpaceMember(spaceId: $spaceId, userId: $userId) {\n      id\n      memberCount\n      members {\n        id\n        ...AdminMember_user\n      }\n    }\n  }\n": types.RemoveSpaceMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation UpdateSpace($input: UpdateSpaceInput!) {\n    updateSpace(input: $input) {\n      id\n      ...AdminSpaceSettings_space\n      ...AdminSpaceRow_space\n    }\n  }\n": types.UpdateSpaceDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      user {\n        id\n        ...Viewer_user\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        locale\n        ...Viewer_user\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      passwordSignIn\n      singleSignOn {\n        name\n        loginUrl\n      }\n    }\n  }\n": types.SignInOptionsDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        ...Viewer_user\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  fragment InitiativeAwards_initiative on Initiative {\n    id\n    awards {\n      id\n      citation\n      grantedAt\n      award {\n        id\n        name\n      }\n      grantedBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.InitiativeAwards_InitiativeFragmentDoc,
    "\n  query Awards {\n    awards {\n      id\n      name\n      description\n    }\n  }\n": types.AwardsDocument,
    "\n  mutation CreateAward($input: CreateAwardInput!) {\n    createAward(input: $input) {\n      id\n      name\n      description\n    }\n  }\n": types.CreateAwardDocument,
    "\n  mutation GrantAward($input: GrantAwardInput!) {\n    grantAward(input: $input) {\n      id\n      initiative {\n        id\n        ...InitiativeAwards_initiative\n      }\n    }\n  }\n": types.GrantAwardDocument,
    "\n  query HallOfFame($first: Int!, $after: String) {\n    hallOfFame(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        citation\n        grantedAt\n        award {\n          id\n          name\n          description\n        }\n        initiative {\n          id\n          title\n          space {\n            id\n            name\n            slug\n          }\n          author {\n            id\n            displayName\n          }\n        }\n        grantedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.HallOfFameDocument,
    "\n  mutation RevokeAwardGrant($id: ID!, $reason: String!) {\n    revokeAwardGrant(id: $id, reason: $reason) {\n      id\n      revokedAt\n      initiative {\n        id\n        ...InitiativeAwards_initiative\n      }\n    }\n  }\n": types.RevokeAwardGrantDocument,
    "\n  fragment ChallengeFields on Challenge {\n    id\n    title\n    briefHtml\n    opensAt\n    closesAt\n    state\n    initiativeCount\n    space {\n      id\n      name\n      slug\n    }\n  }\n": types.ChallengeFieldsFragmentDoc,
    "\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      ...ChallengeFields\n    }\n  }\n": types.ChallengeDocument,
    "\n  query ChallengeInitiatives($challengeId: ID!, $first: Int!) {\n    initiatives(filter: { challengeId: $challengeId }, sort: MOST_VOTED, first: $first) {\n      totalCount\n      nodes {\n        id\n        ...InitiativeCard_initiative\n      }\n    }\n  }\n": types.ChallengeInitiativesDocument,
    "\n  query Challenges($spaceId: ID) {\n    challenges(spaceId: $spaceId) {\n      id\n      title\n      state\n      ...ChallengeFields\n    }\n  }\n": types.ChallengesDocument,
    "\n  mutation LaunchChallenge($input: LaunchChallengeInput!) {\n    launchChallenge(input: $input) {\n      id\n      ...ChallengeFields\n    }\n  }\n": types.LaunchChallengeDocument,
    "\n  fragment CommentItem_comment on Comment {\n    id\n    body\n    bodyHtml\n    hidden\n    deleted\n    createdAt\n    editedAt\n    author {\n      id\n      displayName\n    }\n  }\n": types.CommentItem_CommentFragmentDoc,
    "\n  fragment CommentThread_initiative on Initiative {\n    id\n    commentCount\n    comments {\n      id\n      ...CommentItem_comment\n      replies {\n        id\n        ...CommentItem_comment\n      }\n    }\n  }\n": types.CommentThread_InitiativeFragmentDoc,
    "\n  mutation CommentOnInitiative($input: CommentInput!) {\n    commentOnInitiative(input: $input) {\n      id\n      ...CommentItem_comment\n      replies {\n        id\n        ...CommentItem_comment\n      }\n    }\n  }\n": types.CommentOnInitiativeDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": types.DeleteCommentDocument,
    "\n  mutation EditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      id\n      ...CommentItem_comment\n    }\n  }\n": types.EditCommentDocument,
    "\n  mutation HideComment($id: ID!) {\n    hideComment(id: $id) {\n      id\n      ...CommentItem_comment\n    }\n  }\n": types.HideCommentDocument,
    "\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      id\n      ...CommentItem_comment\n    }\n  }\n": types.UnhideCommentDocument,
    "\n  fragment FollowButton_initiative on Initiative {\n    id\n    followerCount\n    viewerIsFollowing\n  }\n": types.FollowButton_InitiativeFragmentDoc,
    "\n  fragment InitiativeCard_initiative on Initiative {\n    id\n    title\n    status\n    orientation\n    tags\n    voteCount\n    commentCount\n    awaitingResponse\n    createdAt\n    author {\n      id\n      displayName\n    }\n    ...VoteButton_initiative\n  }\n": types.InitiativeCard_InitiativeFragmentDoc,
    "\n  fragment InitiativeView_initiative on Initiative {\n    id\n    title\n    bodyHtml\n    status\n    orientation\n    tags\n    voteCount\n    commentCount\n    followerCount\n    awaitingResponse\n    createdAt\n    lastActivityAt\n    author {\n      id\n      displayName\n    }\n    space {\n      id\n      slug\n      name\n    }\n    ...VoteButton_initiative\n    ...FollowButton_initiative\n    ...StatusTimeline_initiative\n    ...CommentThread_initiative\n    ...InitiativeAwards_initiative\n    ...RatingWidget_initiative\n    challenge {\n      id\n      title\n      state\n    }\n    mergedInto {\n      id\n      title\n    }\n  }\n": types.InitiativeView_InitiativeFragmentDoc,
    "\n  fragment StatusTimeline_initiative on Initiative {\n    id\n    status\n    createdAt\n    awaitingResponse\n    responseDueAt\n    author {\n      id\n      displayName\n    }\n    space {\n      id\n      responseSlaDays\n    }\n    statusHistory {\n      from\n      to\n      note\n      at\n      by {\n        id\n        displayName\n      }\n    }\n  }\n": types.StatusTimeline_InitiativeFragmentDoc,
    "\n  fragment VoteButton_initiative on Initiative {\n    id\n    status\n    voteCount\n    viewerHasVoted\n    viewerIsFollowing\n    followerCount\n  }\n": types.VoteButton_InitiativeFragmentDoc,
    "\n  subscription InitiativeUpdated($id: ID!) {\n    initiativeUpdated(id: $id) {\n      id\n      title\n      ...InitiativeView_initiative\n    }\n  }\n": types.InitiativeUpdatedDocument,
    "\n  mutation ChangeInitiativeStatus($input: ChangeStatusInput!) {\n    changeInitiativeStatus(input: $input) {\n      id\n      status\n      awaitingResponse\n      lastActivityAt\n      updatedAt\n      ...StatusTimeline_initiative\n      ...VoteButton_initiative\n    }\n  }\n": types.ChangeInitiativeStatusDocument,
    "\n  mutation EditInitiative($input: EditInitiativeInput!) {\n    editInitiative(input: $input) {\n      id\n      body\n      ...InitiativeCard_initiative\n      ...InitiativeView_initiative\n    }\n  }\n": types.EditInitiativeDocument,
    "\n  mutation FollowInitiative($initiativeId: ID!) {\n    followInitiative(initiativeId: $initiativeId) {\n      id\n      followerCount\n      viewerIsFollowing\n    }\n  }\n": types.FollowInitiativeDocument,
    "\n  query InitiativePage($id: ID!) {\n    initiative(id: $id) {\n      id\n      title\n      ...InitiativeView_initiative\n    }\n  }\n": types.InitiativePageDocument,
    "\n  query InitiativeFeed($filter: InitiativeFilter!, $sort: InitiativeSort!, $first: Int!, $after: String) {\n    initiatives(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalCountExact\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...InitiativeCard_initiative\n      }\n    }\n  }\n": types.InitiativeFeedDocument,
    "\n  query EditInitiativePage($id: ID!) {\n    initiative(id: $id) {\n      id\n      title\n      body\n      orientation\n      tags\n      status\n      author {\n        id\n      }\n      space {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.EditInitiativePageDocument,
    "\n  mutation ProposeInitiative($input: ProposeInitiativeInput!) {\n    proposeInitiative(input: $input) {\n      id\n      ...InitiativeCard_initiative\n      ...InitiativeView_initiative\n    }\n  }\n": types.ProposeInitiativeDocument,
    "\n  mutation UnfollowInitiative($initiativeId: ID!) {\n    unfollowInitiative(initiativeId: $initiativeId) {\n      id\n      followerCount\n      viewerIsFollowing\n    }\n  }\n": types.UnfollowInitiativeDocument,
    "\n  mutation UnvoteInitiative($initiativeId: ID!) {\n    unvoteInitiative(initiativeId: $initiativeId) {\n      id\n      voteCount\n      viewerHasVoted\n    }\n  }\n": types.UnvoteInitiativeDocument,
    "\n  mutation VoteInitiative($initiativeId: ID!) {\n    voteInitiative(initiativeId: $initiativeId) {\n      id\n      voteCount\n      viewerHasVoted\n      viewerIsFollowing\n      followerCount\n    }\n  }\n": types.VoteInitiativeDocument,
    "\n  mutation WithdrawInitiative($id: ID!) {\n    withdrawInitiative(id: $id)\n  }\n": types.WithdrawInitiativeDocument,
    "\n  query AwaitingQueue($spaceId: ID!, $first: Int!, $after: String) {\n    initiatives(filter: { spaceId: $spaceId, awaitingResponse: true }, sort: OLDEST, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        createdAt\n        responseDueAt\n        voteCount\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.AwaitingQueueDocument,
    "\n  query Insights($spaceId: ID, $from: DateTime, $to: DateTime) {\n    insights(spaceId: $spaceId, from: $from, to: $to) {\n      medianHoursToFirstResponse\n      answeredWithinSlaRatio\n      awaitingResponseCount\n      awardsGranted\n      initiativesByStatus {\n        status\n        count\n      }\n      contributorsByRole {\n        role\n        count\n      }\n      topInitiatives {\n        id\n        title\n        voteCount\n      }\n    }\n  }\n": types.InsightsDocument,
    "\n  query ResponseTrend(\n    $spaceId: ID\n    $from0: DateTime\n    $to0: DateTime\n    $from1: DateTime\n    $to1: DateTime\n    $from2: DateTime\n    $to2: DateTime\n    $from3: DateTime\n    $to3: DateTime\n    $from4: DateTime\n    $to4: DateTime\n    $from5: DateTime\n    $to5: DateTime\n  ) {\n    m0: insights(spaceId: $spaceId, from: $from0, to: $to0) {\n      medianHoursToFirstResponse\n    }\n    m1: insights(spaceId: $spaceId, from: $from1, to: $to1) {\n      medianHoursToFirstResponse\n    }\n    m2: insights(spaceId: $spaceId, from: $from2, to: $to2) {\n      medianHoursToFirstResponse\n    }\n    m3: insights(spaceId: $spaceId, from: $from3, to: $to3) {\n      medianHoursToFirstResponse\n    }\n    m4: insights(spaceId: $spaceId, from: $from4, to: $to4) {\n      medianHoursToFirstResponse\n    }\n    m5: insights(spaceId: $spaceId, from: $from5, to: $to5) {\n      medianHoursToFirstResponse\n    }\n  }\n": types.ResponseTrendDocument,
    "\n  query MarkdownPreview($markdown: String!) {\n    markdownPreview(markdown: $markdown)\n  }\n": types.MarkdownPreviewDocument,
    "\n  fragment MergeCandidate_initiative on Initiative {\n    id\n    title\n    status\n    voteCount\n    author {\n      id\n      displayName\n    }\n  }\n": types.MergeCandidate_InitiativeFragmentDoc,
    "\n  query MergeSuggestions($spaceId: ID!, $text: String!) {\n    similarInitiatives(spaceId: $spaceId, text: $text, first: 6) {\n      id\n      ...MergeCandidate_initiative\n    }\n  }\n": types.MergeSuggestionsDocument,
    "\n  query MergeSearch($filter: InitiativeFilter!, $first: Int!) {\n    initiatives(filter: $filter, sort: RELEVANCE, first: $first) {\n      nodes {\n        id\n        ...MergeCandidate_initiative\n      }\n    }\n  }\n": types.MergeSearchDocument,
    "\n  mutation MergeInitiatives($input: MergeInput!) {\n    mergeInitiatives(input: $input) {\n      id\n      voteCount\n      followerCount\n      viewerHasVoted\n      viewerIsFollowing\n    }\n  }\n": types.MergeInitiativesDocument,
    "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    message\n    createdAt\n    readAt\n    initiative {\n      id\n      title\n    }\n    actor {\n      id\n      displayName\n    }\n  }\n": types.NotificationItem_NotificationFragmentDoc,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      readAt\n      ...NotificationItem_notification\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  query LatestNotifications($first: Int!) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      totalCount\n      nodes {\n        id\n        ...NotificationItem_notification\n      }\n    }\n  }\n": types.LatestNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query NotificationHistory($first: Int!, $after: String) {\n    unreadNotificationCount\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...NotificationItem_notification\n      }\n    }\n  }\n": types.NotificationHistoryDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query AuthorInitiatives($authorId: ID!, $first: Int!) {\n    initiatives(filter: { authorId: $authorId }, sort: NEWEST, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        createdAt\n        space {\n          id\n          name\n          slug\n        }\n      }\n    }\n  }\n": types.AuthorInitiativesDocument,
    "\n  query Leaderboard($spaceId: ID, $from: DateTime, $to: DateTime, $first: Int!) {\n    leaderboard(spaceId: $spaceId, from: $from, to: $to, first: $first) {\n      implementedCount\n      awardCount\n      votesReceived\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.LeaderboardDocument,
    "\n  query Profile($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      role\n      createdAt\n      awards {\n        id\n        citation\n        grantedAt\n        award {\n          id\n          name\n        }\n        initiative {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.ProfileDocument,
    "\n  fragment RatingWidget_initiative on Initiative {\n    id\n    status\n    ratingAverage\n    ratingCount\n    viewerRating\n    needsReview\n    space {\n      id\n      kind\n      reviewBelowAverage\n      reviewMinRatings\n    }\n  }\n": types.RatingWidget_InitiativeFragmentDoc,
    "\n  mutation RateInitiative($input: RateInput!) {\n    rateInitiative(input: $input) {\n      id\n      ...RatingWidget_initiative\n    }\n  }\n": types.RateInitiativeDocument,
    "\n  fragment RoadmapCard_initiative on Initiative {\n    id\n    title\n    voteCount\n    tags\n  }\n": types.RoadmapCard_InitiativeFragmentDoc,
    "\n  query RoadmapColumn($filter: InitiativeFilter!, $first: Int!, $after: String) {\n    initiatives(filter: $filter, sort: MOST_VOTED, first: $first, after: $after) {\n      totalCount\n      totalCountExact\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...RoadmapCard_initiative\n      }\n    }\n  }\n": types.RoadmapColumnDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query MailSettings {\n    me {\n      id\n      emailFrequency\n      timeZone\n    }\n  }\n": types.MailSettingsDocument,
    "\n  mutation UpdateMailSettings($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      emailFrequency\n      timeZone\n    }\n  }\n": types.UpdateMailSettingsDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  fragment SimilarIdea_initiative on Initiative {\n    id\n    title\n    status\n    voteCount\n    viewerHasVoted\n    viewerIsFollowing\n    followerCount\n  }\n": types.SimilarIdea_InitiativeFragmentDoc,
    "\n  query SimilarInitiatives($spaceId: ID!, $text: String!, $first: Int!) {\n    similarInitiatives(spaceId: $spaceId, text: $text, first: $first) {\n      id\n      ...SimilarIdea_initiative\n    }\n  }\n": types.SimilarInitiativesDocument,
    "\n  fragment SpaceCard_space on Space {\n    id\n    slug\n    name\n    description\n    kind\n    access\n    memberCount\n    participantCount\n    viewerIsMember\n  }\n": types.SpaceCard_SpaceFragmentDoc,
    "\n  fragment SpaceFollow_space on Space {\n    id\n    viewerIsFollowing\n    viewerNotifiesOnNewInitiatives\n  }\n": types.SpaceFollow_SpaceFragmentDoc,
    "\n  fragment SpaceHeader_space on Space {\n    id\n    name\n    description\n    kind\n    access\n    memberCount\n    ...SpaceFollow_space\n    participantCount\n  }\n": types.SpaceHeader_SpaceFragmentDoc,
    "\n  mutation FollowSpace($spaceId: ID!, $notifyOnNewInitiatives: Boolean) {\n    followSpace(spaceId: $spaceId, notifyOnNewInitiatives: $notifyOnNewInitiatives) {\n      id\n      viewerIsFollowing\n      viewerNotifiesOnNewInitiatives\n    }\n  }\n": types.FollowSpaceDocument,
    "\n  query SpaceBySlug($slug: String!) {\n    space(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      responseSlaDays\n      ...SpaceHeader_space\n    }\n  }\n": types.SpaceBySlugDocument,
    "\n  query SpaceOptions {\n    spaces {\n      id\n      name\n      slug\n    }\n  }\n": types.SpaceOptionsDocument,
    "\n  query Spaces {\n    spaces {\n      id\n      ...SpaceCard_space\n    }\n  }\n": types.SpacesDocument,
    "\n  mutation UnfollowSpace($spaceId: ID!) {\n    unfollowSpace(spaceId: $spaceId) {\n      id\n      viewerIsFollowing\n      viewerNotifiesOnNewInitiatives\n    }\n  }\n": types.UnfollowSpaceDocument,
    "\n  fragment VoiceIdea_initiative on Initiative {\n    id\n    title\n    space {\n      id\n      name\n    }\n    author {\n      id\n      displayName\n    }\n  }\n": types.VoiceIdea_InitiativeFragmentDoc,
    "\n  query CustomerVoice($spaceId: ID, $from: DateTime, $to: DateTime) {\n    customerVoice(spaceId: $spaceId, from: $from, to: $to) {\n      from\n      to\n      space {\n        id\n        name\n      }\n      counts {\n        proposed\n        answered\n        implemented\n        votes\n        comments\n      }\n      newCustomerInitiativeCount\n      newCustomerInitiatives {\n        id\n        ...VoiceIdea_initiative\n        orientation\n      }\n      mostSupportedWithVotes {\n        votes\n        initiative {\n          id\n          ...VoiceIdea_initiative\n          voteCount\n        }\n      }\n      overdueCount\n      overdue {\n        id\n        ...VoiceIdea_initiative\n        responseDueAt\n      }\n      needingReview {\n        id\n        ...VoiceIdea_initiative\n        ratingAverage\n        ratingCount\n      }\n      implemented {\n        id\n        ...VoiceIdea_initiative\n        implementedAt\n        followUpNote\n      }\n      customerQuotes {\n        id\n        body\n        createdAt\n        author {\n          id\n          displayName\n        }\n        initiative {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.CustomerVoiceDocument,
    "\n  query YouSaidWeDid($spaceId: ID!, $first: Int!, $after: String) {\n    youSaidWeDid(spaceId: $spaceId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        implementedAt\n        followUpNote\n        voteCount\n        commentCount\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.YouSaidWeDidDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLocale($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLocale($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Viewer_user on User {\n    id\n    displayName\n    email\n    role\n    locale\n  }\n"): (typeof documents)["\n  fragment Viewer_user on User {\n    id\n    displayName\n    email\n    role\n    locale\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      ...Viewer_user\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      ...Viewer_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      slug\n      viewerIsMember\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      slug\n      viewerIsMember\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSpaceMember($spaceId: ID!, $userId: ID!) {\n    addSpaceMember(spaceId: $spaceId, userId: $userId) {\n      id\n      memberCount\n      members {\n        id\n        ...AdminMember_user\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddSpaceMember($spaceId: ID!, $userId: ID!) {\n    addSpaceMember(spaceId: $spaceId, userId: $userId) {\n      id\n      memberCount\n      members {\n        id\n        ...AdminMember_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminSpaceSettings_space on Space {\n    id\n    slug\n    name\n    description\n    kind\n    access\n    responseSlaDays\n    reviewBelowAverage\n    reviewMinRatings\n  }\n"): (typeof documents)["\n  fragment AdminSpaceSettings_space on Space {\n    id\n    slug\n    name\n    description\n    kind\n    access\n    responseSlaDays\n    reviewBelowAverage\n    reviewMinRatings\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminMember_user on User {\n    id\n    displayName\n    email\n    role\n    deactivatedAt\n  }\n"): (typeof documents)["\n  fragment AdminMember_user on User {\n    id\n    displayName\n    email\n    role\n    deactivatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSpace($slug: String!) {\n    space(slug: $slug) {\n      id\n      name\n      memberCount\n      ...AdminSpaceSettings_space\n      members {\n        id\n        ...AdminMember_user\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminSpace($slug: String!) {\n    space(slug: $slug) {\n      id\n      name\n      memberCount\n      ...AdminSpaceSettings_space\n      members {\n        id\n        ...AdminMember_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminSpaceRow_space on Space {\n    id\n    slug\n    name\n    kind\n    access\n    memberCount\n    responseSlaDays\n  }\n"): (typeof documents)["\n  fragment AdminSpaceRow_space on Space {\n    id\n    slug\n    name\n    kind\n    access\n    memberCount\n    responseSlaDays\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSpaces {\n    spaces {\n      id\n      ...AdminSpaceRow_space\n    }\n  }\n"): (typeof documents)["\n  query AdminSpaces {\n    spaces {\n      id\n      ...AdminSpaceRow_space\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminPerson_user on User {\n    id\n    displayName\n    email\n    role\n    createdAt\n    deactivatedAt\n  }\n"): (typeof documents)["\n  fragment AdminPerson_user on User {\n    id\n    displayName\n    email\n    role\n    createdAt\n    deactivatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($search: String, $role: Role, $first: Int!, $after: String) {\n    users(search: $search, role: $role, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...AdminPerson_user\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($search: String, $role: Role, $first: Int!, $after: String) {\n    users(search: $search, role: $role, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        ...AdminPerson_user\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($actorId: ID, $action: String, $after: String) {\n    auditLog(actorId: $actorId, action: $action, first: 50, after: $after) {\n      totalCount\n      nodes {\n        id\n        action\n        targetType\n        targetId\n        targetName\n        details\n        at\n        ip\n        actor {\n          id\n          displayName\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($actorId: ID, $action: String, $after: String) {\n    auditLog(actorId: $actorId, action: $action, first: 50, after: $after) {\n      totalCount\n      nodes {\n        id\n        action\n        targetType\n        targetId\n        targetName\n        details\n        at\n        ip\n        actor {\n          id\n          displayName\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeUserRole($id: ID!, $role: Role!) {\n    changeUserRole(id: $id, role: $role) {\n      id\n      ...AdminPerson_user\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeUserRole($id: ID!, $role: Role!) {\n    changeUserRole(id: $id, role: $role) {\n      id\n      ...AdminPerson_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n      slug\n      ...AdminSpaceRow_space\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n      slug\n      ...AdminSpaceRow_space\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      ...AdminPerson_user\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      ...AdminPerson_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      ...AdminPerson_user\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      ...AdminPerson_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportUsers($csv: String!, $dryRun: Boolean!) {\n    importUsers(csv: $csv, dryRun: $dryRun) {\n      created\n      updated\n      unchanged\n      errors {\n        line\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportUsers($csv: String!, $dryRun: Boolean!) {\n    importUsers(csv: $csv, dryRun: $dryRun) {\n      created\n      updated\n      unchanged\n      errors {\n        line\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationLink($token: String!) {\n    invitation(token: $token) {\n      email\n      spaceName\n      spaceSlug\n      spaceKind\n      state\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query InvitationLink($token: String!) {\n    invitation(token: $token) {\n      email\n      spaceName\n      spaceSlug\n      spaceKind\n      state\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingInvitations($spaceId: ID!) {\n    invitations(spaceId: $spaceId) {\n      id\n      email\n      createdAt\n      expiresAt\n      invitedBy {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingInvitations($spaceId: ID!) {\n    invitations(spaceId: $spaceId) {\n      id\n      email\n      createdAt\n      expiresAt\n      invitedBy {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToSpace($spaceId: ID!, $emails: [String!]!) {\n    inviteToSpace(spaceId: $spaceId, emails: $emails) {\n      id\n      email\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation InviteToSpace($spaceId: ID!, $emails: [String!]!) {\n    inviteToSpace(spaceId: $spaceId, emails: $emails) {\n      id\n      email\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outbox($after: String) {\n    outbox(first: 50, after: $after) {\n      totalCount\n      nodes {\n        id\n        to\n        subject\n        kind\n        state\n        attempts\n        createdAt\n        sentAt\n        lastError\n        text\n        html\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Outbox($after: String) {\n    outbox(first: 50, after: $after) {\n      totalCount\n      nodes {\n        id\n        to\n        subject\n        kind\n        state\n        attempts\n        createdAt\n        sentAt\n        lastError\n        text\n        html\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      ...AdminPerson_user\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      ...AdminPerson_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSpaceMember($spaceId: ID!, $userId: ID!) {\n    removeSpaceMember(spaceId: $spaceId, userId: $userId) {\n      id\n      memberCount\n      members {\n        id\n        ...AdminMember_user\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveSpaceMember($spaceId: ID!, $userId: ID!) {\n    removeSpaceMember(spaceId: $spaceId, userId: $userId) {\n      id\n      memberCount\n      members {\n        id\n        ...AdminMember_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSpace($input: UpdateSpaceInput!) {\n    updateSpace(input: $input) {\n      id\n      ...AdminSpaceSettings_space\n      ...AdminSpaceRow_space\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSpace($input: UpdateSpaceInput!) {\n    updateSpace(input: $input) {\n      id\n      ...AdminSpaceSettings_space\n      ...AdminSpaceRow_space\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      user {\n        id\n        ...Viewer_user\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      user {\n        id\n        ...Viewer_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        locale\n        ...Viewer_user\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        locale\n        ...Viewer_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInOptions {\n    signInOptions {\n      passwordSignIn\n      singleSignOn {\n        name\n        loginUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignInOptions {\n    signInOptions {\n      passwordSignIn\n      singleSignOn {\n        name\n        loginUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        ...Viewer_user\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        ...Viewer_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InitiativeAwards_initiative on Initiative {\n    id\n    awards {\n      id\n      citation\n      grantedAt\n      award {\n        id\n        name\n      }\n      grantedBy {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment InitiativeAwards_initiative on Initiative {\n    id\n    awards {\n      id\n      citation\n      grantedAt\n      award {\n        id\n        name\n      }\n      grantedBy {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Awards {\n    awards {\n      id\n      name\n      description\n    }\n  }\n"): (typeof documents)["\n  query Awards {\n    awards {\n      id\n      name\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAward($input: CreateAwardInput!) {\n    createAward(input: $input) {\n      id\n      name\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAward($input: CreateAwardInput!) {\n    createAward(input: $input) {\n      id\n      name\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantAward($input: GrantAwardInput!) {\n    grantAward(input: $input) {\n      id\n      initiative {\n        id\n        ...InitiativeAwards_initiative\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GrantAward($input: GrantAwardInput!) {\n    grantAward(input: $input) {\n      id\n      initiative {\n        id\n        ...InitiativeAwards_initiative\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HallOfFame($first: Int!, $after: String) {\n    hallOfFame(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        citation\n        grantedAt\n        award {\n          id\n          name\n          description\n        }\n        initiative {\n          id\n          title\n          space {\n            id\n            name\n            slug\n          }\n          author {\n            id\n            displayName\n          }\n        }\n        grantedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HallOfFame($first: Int!, $after: String) {\n    hallOfFame(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        citation\n        grantedAt\n        award {\n          id\n          name\n          description\n        }\n        initiative {\n          id\n          title\n          space {\n            id\n            name\n            slug\n          }\n          author {\n            id\n            displayName\n          }\n        }\n        grantedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeAwardGrant($id: ID!, $reason: String!) {\n    revokeAwardGrant(id: $id, reason: $reason) {\n      id\n      revokedAt\n      initiative {\n        id\n        ...InitiativeAwards_initiative\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeAwardGrant($id: ID!, $reason: String!) {\n    revokeAwardGrant(id: $id, reason: $reason) {\n      id\n      revokedAt\n      initiative {\n        id\n        ...InitiativeAwards_initiative\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChallengeFields on Challenge {\n    id\n    title\n    briefHtml\n    opensAt\n    closesAt\n    state\n    initiativeCount\n    space {\n      id\n      name\n      slug\n    }\n  }\n"): (typeof documents)["\n  fragment ChallengeFields on Challenge {\n    id\n    title\n    briefHtml\n    opensAt\n    closesAt\n    state\n    initiativeCount\n    space {\n      id\n      name\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      ...ChallengeFields\n    }\n  }\n"): (typeof documents)["\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      ...ChallengeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChallengeInitiatives($challengeId: ID!, $first: Int!) {\n    initiatives(filter: { challengeId: $challengeId }, sort: MOST_VOTED, first: $first) {\n      totalCount\n      nodes {\n        id\n        ...InitiativeCard_initiative\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChallengeInitiatives($challengeId: ID!, $first: Int!) {\n    initiatives(filter: { challengeId: $challengeId }, sort: MOST_VOTED, first: $first) {\n      totalCount\n      nodes {\n        id\n        ...InitiativeCard_initiative\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Challenges($spaceId: ID) {\n    challenges(spaceId: $spaceId) {\n      id\n      title\n      state\n      ...ChallengeFields\n    }\n  }\n"): (typeof documents)["\n  query Challenges($spaceId: ID) {\n    challenges(spaceId: $spaceId) {\n      id\n      title\n      state\n      ...ChallengeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaunchChallenge($input: LaunchChallengeInput!) {\n    launchChallenge(input: $input) {\n      id\n      ...ChallengeFields\n    }\n  }\n"): (typeof documents)["\n  mutation LaunchChallenge($input: LaunchChallengeInput!) {\n    launchChallenge(input: $input) {\n      id\n      ...ChallengeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentItem_comment on Comment {\n    id\n    body\n    bodyHtml\n    hidden\n    deleted\n    createdAt\n    editedAt\n    author {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment CommentItem_comment on Comment {\n    id\n    body\n    bodyHtml\n    hidden\n    deleted\n    createdAt\n    editedAt\n    author {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentThread_initiative on Initiative {\n    id\n    commentCount\n    comments {\n      id\n      ...CommentItem_comment\n      replies {\n        id\n        ...CommentItem_comment\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CommentThread_initiative on Initiative {\n    id\n    commentCount\n    comments {\n      id\n      ...CommentItem_comment\n      replies {\n        id\n        ...CommentItem_comment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnInitiative($input: CommentInput!) {\n    commentOnInitiative(input: $input) {\n      id\n      ...CommentItem_comment\n      replies {\n        id\n        ...CommentItem_comment\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommentOnInitiative($input: CommentInput!) {\n    commentOnInitiative(input: $input) {\n      id\n      ...CommentItem_comment\n      replies {\n        id\n        ...CommentItem_comment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      id\n      ...CommentItem_comment\n    }\n  }\n"): (typeof documents)["\n  mutation EditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      id\n      ...CommentItem_comment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideComment($id: ID!) {\n    hideComment(id: $id) {\n      id\n      ...CommentItem_comment\n    }\n  }\n"): (typeof documents)["\n  mutation HideComment($id: ID!) {\n    hideComment(id: $id) {\n      id\n      ...CommentItem_comment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      id\n      ...CommentItem_comment\n    }\n  }\n"): (typeof documents)["\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      id\n      ...CommentItem_comment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowButton_initiative on Initiative {\n    id\n    followerCount\n    viewerIsFollowing\n  }\n"): (typeof documents)["\n  fragment FollowButton_initiative on Initiative {\n    id\n    followerCount\n    viewerIsFollowing\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InitiativeCard_initiative on Initiative {\n    id\n    title\n    status\n    orientation\n    tags\n    voteCount\n    commentCount\n    awaitingResponse\n    createdAt\n    author {\n      id\n      displayName\n    }\n    ...VoteButton_initiative\n  }\n"): (typeof documents)["\n  fragment InitiativeCard_initiative on Initiative {\n    id\n    title\n    status\n    orientation\n    tags\n    voteCount\n    commentCount\n    awaitingResponse\n    createdAt\n    author {\n      id\n      displayName\n    }\n    ...VoteButton_initiative\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InitiativeView_initiative on Initiative {\n    id\n    title\n    bodyHtml\n    status\n    orientation\n    tags\n    voteCount\n    commentCount\n    followerCount\n    awaitingResponse\n    createdAt\n    lastActivityAt\n    author {\n      id\n      displayName\n    }\n    space {\n      id\n      slug\n      name\n    }\n    ...VoteButton_initiative\n    ...FollowButton_initiative\n    ...StatusTimeline_initiative\n    ...CommentThread_initiative\n    ...InitiativeAwards_initiative\n    ...RatingWidget_initiative\n    challenge {\n      id\n      title\n      state\n    }\n    mergedInto {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment InitiativeView_initiative on Initiative {\n    id\n    title\n    bodyHtml\n    status\n    orientation\n    tags\n    voteCount\n    commentCount\n    followerCount\n    awaitingResponse\n    createdAt\n    lastActivityAt\n    author {\n      id\n      displayName\n    }\n    space {\n      id\n      slug\n      name\n    }\n    ...VoteButton_initiative\n    ...FollowButton_initiative\n    ...StatusTimeline_initiative\n    ...CommentThread_initiative\n    ...InitiativeAwards_initiative\n    ...RatingWidget_initiative\n    challenge {\n      id\n      title\n      state\n    }\n    mergedInto {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatusTimeline_initiative on Initiative {\n    id\n    status\n    createdAt\n    awaitingResponse\n    responseDueAt\n    author {\n      id\n      displayName\n    }\n    space {\n      id\n      responseSlaDays\n    }\n    statusHistory {\n      from\n      to\n      note\n      at\n      by {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StatusTimeline_initiative on Initiative {\n    id\n    status\n    createdAt\n    awaitingResponse\n    responseDueAt\n    author {\n      id\n      displayName\n    }\n    space {\n      id\n      responseSlaDays\n    }\n    statusHistory {\n      from\n      to\n      note\n      at\n      by {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VoteButton_initiative on Initiative {\n    id\n    status\n    voteCount\n    viewerHasVoted\n    viewerIsFollowing\n    followerCount\n  }\n"): (typeof documents)["\n  fragment VoteButton_initiative on Initiative {\n    id\n    status\n    voteCount\n    viewerHasVoted\n    viewerIsFollowing\n    followerCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription InitiativeUpdated($id: ID!) {\n    initiativeUpdated(id: $id) {\n      id\n      title\n      ...InitiativeView_initiative\n    }\n  }\n"): (typeof documents)["\n  subscription InitiativeUpdated($id: ID!) {\n    initiativeUpdated(id: $id) {\n      id\n      title\n      ...InitiativeView_initiative\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeInitiativeStatus($input: ChangeStatusInput!) {\n    changeInitiativeStatus(input: $input) {\n      id\n      status\n      awaitingResponse\n      lastActivityAt\n      updatedAt\n      ...StatusTimeline_initiative\n      ...VoteButton_initiative\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeInitiativeStatus($input: ChangeStatusInput!) {\n    changeInitiativeStatus(input: $input) {\n      id\n      status\n      awaitingResponse\n      lastActivityAt\n      updatedAt\n      ...StatusTimeline_initiative\n      ...VoteButton_initiative\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditInitiative($input: EditInitiativeInput!) {\n    editInitiative(input: $input) {\n      id\n      body\n      ...InitiativeCard_initiative\n      ...InitiativeView_initiative\n    }\n  }\n"): (typeof documents)["\n  mutation EditInitiative($input: EditInitiativeInput!) {\n    editInitiative(input: $input) {\n      id\n      body\n      ...InitiativeCard_initiative\n      ...InitiativeView_initiative\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowInitiative($initiativeId: ID!) {\n    followInitiative(initiativeId: $initiativeId) {\n      id\n      followerCount\n      viewerIsFollowing\n    }\n  }\n"): (typeof documents)["\n  mutation FollowInitiative($initiativeId: ID!) {\n    followInitiative(initiativeId: $initiativeId) {\n      id\n      followerCount\n      viewerIsFollowing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativePage($id: ID!) {\n    initiative(id: $id) {\n      id\n      title\n      ...InitiativeView_initiative\n    }\n  }\n"): (typeof documents)["\n  query InitiativePage($id: ID!) {\n    initiative(id: $id) {\n      id\n      title\n      ...InitiativeView_initiative\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativeFeed($filter: InitiativeFilter!, $sort: InitiativeSort!, $first: Int!, $after: String) {\n    initiatives(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalCountExact\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...InitiativeCard_initiative\n      }\n    }\n  }\n"): (typeof documents)["\n  query InitiativeFeed($filter: InitiativeFilter!, $sort: InitiativeSort!, $first: Int!, $after: String) {\n    initiatives(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalCountExact\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...InitiativeCard_initiative\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditInitiativePage($id: ID!) {\n    initiative(id: $id) {\n      id\n      title\n      body\n      orientation\n      tags\n      status\n      author {\n        id\n      }\n      space {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query EditInitiativePage($id: ID!) {\n    initiative(id: $id) {\n      id\n      title\n      body\n      orientation\n      tags\n      status\n      author {\n        id\n      }\n      space {\n        id\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeInitiative($input: ProposeInitiativeInput!) {\n    proposeInitiative(input: $input) {\n      id\n      ...InitiativeCard_initiative\n      ...InitiativeView_initiative\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeInitiative($input: ProposeInitiativeInput!) {\n    proposeInitiative(input: $input) {\n      id\n      ...InitiativeCard_initiative\n      ...InitiativeView_initiative\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowInitiative($initiativeId: ID!) {\n    unfollowInitiative(initiativeId: $initiativeId) {\n      id\n      followerCount\n      viewerIsFollowing\n    }\n  }\n"): (typeof documents)["\n  mutation UnfollowInitiative($initiativeId: ID!) {\n    unfollowInitiative(initiativeId: $initiativeId) {\n      id\n      followerCount\n      viewerIsFollowing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnvoteInitiative($initiativeId: ID!) {\n    unvoteInitiative(initiativeId: $initiativeId) {\n      id\n      voteCount\n      viewerHasVoted\n    }\n  }\n"): (typeof documents)["\n  mutation UnvoteInitiative($initiativeId: ID!) {\n    unvoteInitiative(initiativeId: $initiativeId) {\n      id\n      voteCount\n      viewerHasVoted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteInitiative($initiativeId: ID!) {\n    voteInitiative(initiativeId: $initiativeId) {\n      id\n      voteCount\n      viewerHasVoted\n      viewerIsFollowing\n      followerCount\n    }\n  }\n"): (typeof documents)["\n  mutation VoteInitiative($initiativeId: ID!) {\n    voteInitiative(initiativeId: $initiativeId) {\n      id\n      voteCount\n      viewerHasVoted\n      viewerIsFollowing\n      followerCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawInitiative($id: ID!) {\n    withdrawInitiative(id: $id)\n  }\n"): (typeof documents)["\n  mutation WithdrawInitiative($id: ID!) {\n    withdrawInitiative(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwaitingQueue($spaceId: ID!, $first: Int!, $after: String) {\n    initiatives(filter: { spaceId: $spaceId, awaitingResponse: true }, sort: OLDEST, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        createdAt\n        responseDueAt\n        voteCount\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AwaitingQueue($spaceId: ID!, $first: Int!, $after: String) {\n    initiatives(filter: { spaceId: $spaceId, awaitingResponse: true }, sort: OLDEST, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        createdAt\n        responseDueAt\n        voteCount\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Insights($spaceId: ID, $from: DateTime, $to: DateTime) {\n    insights(spaceId: $spaceId, from: $from, to: $to) {\n      medianHoursToFirstResponse\n      answeredWithinSlaRatio\n      awaitingResponseCount\n      awardsGranted\n      initiativesByStatus {\n        status\n        count\n      }\n      contributorsByRole {\n        role\n        count\n      }\n      topInitiatives {\n        id\n        title\n        voteCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query Insights($spaceId: ID, $from: DateTime, $to: DateTime) {\n    insights(spaceId: $spaceId, from: $from, to: $to) {\n      medianHoursToFirstResponse\n      answeredWithinSlaRatio\n      awaitingResponseCount\n      awardsGranted\n      initiativesByStatus {\n        status\n        count\n      }\n      contributorsByRole {\n        role\n        count\n      }\n      topInitiatives {\n        id\n        title\n        voteCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseTrend(\n    $spaceId: ID\n    $from0: DateTime\n    $to0: DateTime\n    $from1: DateTime\n    $to1: DateTime\n    $from2: DateTime\n    $to2: DateTime\n    $from3: DateTime\n    $to3: DateTime\n    $from4: DateTime\n    $to4: DateTime\n    $from5: DateTime\n    $to5: DateTime\n  ) {\n    m0: insights(spaceId: $spaceId, from: $from0, to: $to0) {\n      medianHoursToFirstResponse\n    }\n    m1: insights(spaceId: $spaceId, from: $from1, to: $to1) {\n      medianHoursToFirstResponse\n    }\n    m2: insights(spaceId: $spaceId, from: $from2, to: $to2) {\n      medianHoursToFirstResponse\n    }\n    m3: insights(spaceId: $spaceId, from: $from3, to: $to3) {\n      medianHoursToFirstResponse\n    }\n    m4: insights(spaceId: $spaceId, from: $from4, to: $to4) {\n      medianHoursToFirstResponse\n    }\n    m5: insights(spaceId: $spaceId, from: $from5, to: $to5) {\n      medianHoursToFirstResponse\n    }\n  }\n"): (typeof documents)["\n  query ResponseTrend(\n    $spaceId: ID\n    $from0: DateTime\n    $to0: DateTime\n    $from1: DateTime\n    $to1: DateTime\n    $from2: DateTime\n    $to2: DateTime\n    $from3: DateTime\n    $to3: DateTime\n    $from4: DateTime\n    $to4: DateTime\n    $from5: DateTime\n    $to5: DateTime\n  ) {\n    m0: insights(spaceId: $spaceId, from: $from0, to: $to0) {\n      medianHoursToFirstResponse\n    }\n    m1: insights(spaceId: $spaceId, from: $from1, to: $to1) {\n      medianHoursToFirstResponse\n    }\n    m2: insights(spaceId: $spaceId, from: $from2, to: $to2) {\n      medianHoursToFirstResponse\n    }\n    m3: insights(spaceId: $spaceId, from: $from3, to: $to3) {\n      medianHoursToFirstResponse\n    }\n    m4: insights(spaceId: $spaceId, from: $from4, to: $to4) {\n      medianHoursToFirstResponse\n    }\n    m5: insights(spaceId: $spaceId, from: $from5, to: $to5) {\n      medianHoursToFirstResponse\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarkdownPreview($markdown: String!) {\n    markdownPreview(markdown: $markdown)\n  }\n"): (typeof documents)["\n  query MarkdownPreview($markdown: String!) {\n    markdownPreview(markdown: $markdown)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MergeCandidate_initiative on Initiative {\n    id\n    title\n    status\n    voteCount\n    author {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment MergeCandidate_initiative on Initiative {\n    id\n    title\n    status\n    voteCount\n    author {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergeSuggestions($spaceId: ID!, $text: String!) {\n    similarInitiatives(spaceId: $spaceId, text: $text, first: 6) {\n      id\n      ...MergeCandidate_initiative\n    }\n  }\n"): (typeof documents)["\n  query MergeSuggestions($spaceId: ID!, $text: String!) {\n    similarInitiatives(spaceId: $spaceId, text: $text, first: 6) {\n      id\n      ...MergeCandidate_initiative\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergeSearch($filter: InitiativeFilter!, $first: Int!) {\n    initiatives(filter: $filter, sort: RELEVANCE, first: $first) {\n      nodes {\n        id\n        ...MergeCandidate_initiative\n      }\n    }\n  }\n"): (typeof documents)["\n  query MergeSearch($filter: InitiativeFilter!, $first: Int!) {\n    initiatives(filter: $filter, sort: RELEVANCE, first: $first) {\n      nodes {\n        id\n        ...MergeCandidate_initiative\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeInitiatives($input: MergeInput!) {\n    mergeInitiatives(input: $input) {\n      id\n      voteCount\n      followerCount\n      viewerHasVoted\n      viewerIsFollowing\n    }\n  }\n"): (typeof documents)["\n  mutation MergeInitiatives($input: MergeInput!) {\n    mergeInitiatives(input: $input) {\n      id\n      voteCount\n      followerCount\n      viewerHasVoted\n      viewerIsFollowing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    message\n    createdAt\n    readAt\n    initiative {\n      id\n      title\n    }\n    actor {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    message\n    createdAt\n    readAt\n    initiative {\n      id\n      title\n    }\n    actor {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      readAt\n      ...NotificationItem_notification\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      readAt\n      ...NotificationItem_notification\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestNotifications($first: Int!) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      totalCount\n      nodes {\n        id\n        ...NotificationItem_notification\n      }\n    }\n  }\n"): (typeof documents)["\n  query LatestNotifications($first: Int!) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      totalCount\n      nodes {\n        id\n        ...NotificationItem_notification\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationHistory($first: Int!, $after: String) {\n    unreadNotificationCount\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...NotificationItem_notification\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationHistory($first: Int!, $after: String) {\n    unreadNotificationCount\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...NotificationItem_notification\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorInitiatives($authorId: ID!, $first: Int!) {\n    initiatives(filter: { authorId: $authorId }, sort: NEWEST, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        createdAt\n        space {\n          id\n          name\n          slug\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthorInitiatives($authorId: ID!, $first: Int!) {\n    initiatives(filter: { authorId: $authorId }, sort: NEWEST, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        createdAt\n        space {\n          id\n          name\n          slug\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Leaderboard($spaceId: ID, $from: DateTime, $to: DateTime, $first: Int!) {\n    leaderboard(spaceId: $spaceId, from: $from, to: $to, first: $first) {\n      implementedCount\n      awardCount\n      votesReceived\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query Leaderboard($spaceId: ID, $from: DateTime, $to: DateTime, $first: Int!) {\n    leaderboard(spaceId: $spaceId, from: $from, to: $to, first: $first) {\n      implementedCount\n      awardCount\n      votesReceived\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Profile($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      role\n      createdAt\n      awards {\n        id\n        citation\n        grantedAt\n        award {\n          id\n          name\n        }\n        initiative {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Profile($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      role\n      createdAt\n      awards {\n        id\n        citation\n        grantedAt\n        award {\n          id\n          name\n        }\n        initiative {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RatingWidget_initiative on Initiative {\n    id\n    status\n    ratingAverage\n    ratingCount\n    viewerRating\n    needsReview\n    space {\n      id\n      kind\n      reviewBelowAverage\n      reviewMinRatings\n    }\n  }\n"): (typeof documents)["\n  fragment RatingWidget_initiative on Initiative {\n    id\n    status\n    ratingAverage\n    ratingCount\n    viewerRating\n    needsReview\n    space {\n      id\n      kind\n      reviewBelowAverage\n      reviewMinRatings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateInitiative($input: RateInput!) {\n    rateInitiative(input: $input) {\n      id\n      ...RatingWidget_initiative\n    }\n  }\n"): (typeof documents)["\n  mutation RateInitiative($input: RateInput!) {\n    rateInitiative(input: $input) {\n      id\n      ...RatingWidget_initiative\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoadmapCard_initiative on Initiative {\n    id\n    title\n    voteCount\n    tags\n  }\n"): (typeof documents)["\n  fragment RoadmapCard_initiative on Initiative {\n    id\n    title\n    voteCount\n    tags\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoadmapColumn($filter: InitiativeFilter!, $first: Int!, $after: String) {\n    initiatives(filter: $filter, sort: MOST_VOTED, first: $first, after: $after) {\n      totalCount\n      totalCountExact\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...RoadmapCard_initiative\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoadmapColumn($filter: InitiativeFilter!, $first: Int!, $after: String) {\n    initiatives(filter: $filter, sort: MOST_VOTED, first: $first, after: $after) {\n      totalCount\n      totalCountExact\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...RoadmapCard_initiative\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailSettings {\n    me {\n      id\n      emailFrequency\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query MailSettings {\n    me {\n      id\n      emailFrequency\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMailSettings($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      emailFrequency\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMailSettings($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      emailFrequency\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SimilarIdea_initiative on Initiative {\n    id\n    title\n    status\n    voteCount\n    viewerHasVoted\n    viewerIsFollowing\n    followerCount\n  }\n"): (typeof documents)["\n  fragment SimilarIdea_initiative on Initiative {\n    id\n    title\n    status\n    voteCount\n    viewerHasVoted\n    viewerIsFollowing\n    followerCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarInitiatives($spaceId: ID!, $text: String!, $first: Int!) {\n    similarInitiatives(spaceId: $spaceId, text: $text, first: $first) {\n      id\n      ...SimilarIdea_initiative\n    }\n  }\n"): (typeof documents)["\n  query SimilarInitiatives($spaceId: ID!, $text: String!, $first: Int!) {\n    similarInitiatives(spaceId: $spaceId, text: $text, first: $first) {\n      id\n      ...SimilarIdea_initiative\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpaceCard_space on Space {\n    id\n    slug\n    name\n    description\n    kind\n    access\n    memberCount\n    participantCount\n    viewerIsMember\n  }\n"): (typeof documents)["\n  fragment SpaceCard_space on Space {\n    id\n    slug\n    name\n    description\n    kind\n    access\n    memberCount\n    participantCount\n    viewerIsMember\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpaceFollow_space on Space {\n    id\n    viewerIsFollowing\n    viewerNotifiesOnNewInitiatives\n  }\n"): (typeof documents)["\n  fragment SpaceFollow_space on Space {\n    id\n    viewerIsFollowing\n    viewerNotifiesOnNewInitiatives\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpaceHeader_space on Space {\n    id\n    name\n    description\n    kind\n    access\n    memberCount\n    ...SpaceFollow_space\n    participantCount\n  }\n"): (typeof documents)["\n  fragment SpaceHeader_space on Space {\n    id\n    name\n    description\n    kind\n    access\n    memberCount\n    ...SpaceFollow_space\n    participantCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowSpace($spaceId: ID!, $notifyOnNewInitiatives: Boolean) {\n    followSpace(spaceId: $spaceId, notifyOnNewInitiatives: $notifyOnNewInitiatives) {\n      id\n      viewerIsFollowing\n      viewerNotifiesOnNewInitiatives\n    }\n  }\n"): (typeof documents)["\n  mutation FollowSpace($spaceId: ID!, $notifyOnNewInitiatives: Boolean) {\n    followSpace(spaceId: $spaceId, notifyOnNewInitiatives: $notifyOnNewInitiatives) {\n      id\n      viewerIsFollowing\n      viewerNotifiesOnNewInitiatives\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceBySlug($slug: String!) {\n    space(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      responseSlaDays\n      ...SpaceHeader_space\n    }\n  }\n"): (typeof documents)["\n  query SpaceBySlug($slug: String!) {\n    space(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      responseSlaDays\n      ...SpaceHeader_space\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceOptions {\n    spaces {\n      id\n      name\n      slug\n    }\n  }\n"): (typeof documents)["\n  query SpaceOptions {\n    spaces {\n      id\n      name\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Spaces {\n    spaces {\n      id\n      ...SpaceCard_space\n    }\n  }\n"): (typeof documents)["\n  query Spaces {\n    spaces {\n      id\n      ...SpaceCard_space\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowSpace($spaceId: ID!) {\n    unfollowSpace(spaceId: $spaceId) {\n      id\n      viewerIsFollowing\n      viewerNotifiesOnNewInitiatives\n    }\n  }\n"): (typeof documents)["\n  mutation UnfollowSpace($spaceId: ID!) {\n    unfollowSpace(spaceId: $spaceId) {\n      id\n      viewerIsFollowing\n      viewerNotifiesOnNewInitiatives\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VoiceIdea_initiative on Initiative {\n    id\n    title\n    space {\n      id\n      name\n    }\n    author {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment VoiceIdea_initiative on Initiative {\n    id\n    title\n    space {\n      id\n      name\n    }\n    author {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerVoice($spaceId: ID, $from: DateTime, $to: DateTime) {\n    customerVoice(spaceId: $spaceId, from: $from, to: $to) {\n      from\n      to\n      space {\n        id\n        name\n      }\n      counts {\n        proposed\n        answered\n        implemented\n        votes\n        comments\n      }\n      newCustomerInitiativeCount\n      newCustomerInitiatives {\n        id\n        ...VoiceIdea_initiative\n        orientation\n      }\n      mostSupportedWithVotes {\n        votes\n        initiative {\n          id\n          ...VoiceIdea_initiative\n          voteCount\n        }\n      }\n      overdueCount\n      overdue {\n        id\n        ...VoiceIdea_initiative\n        responseDueAt\n      }\n      needingReview {\n        id\n        ...VoiceIdea_initiative\n        ratingAverage\n        ratingCount\n      }\n      implemented {\n        id\n        ...VoiceIdea_initiative\n        implementedAt\n        followUpNote\n      }\n      customerQuotes {\n        id\n        body\n        createdAt\n        author {\n          id\n          displayName\n        }\n        initiative {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerVoice($spaceId: ID, $from: DateTime, $to: DateTime) {\n    customerVoice(spaceId: $spaceId, from: $from, to: $to) {\n      from\n      to\n      space {\n        id\n        name\n      }\n      counts {\n        proposed\n        answered\n        implemented\n        votes\n        comments\n      }\n      newCustomerInitiativeCount\n      newCustomerInitiatives {\n        id\n        ...VoiceIdea_initiative\n        orientation\n      }\n      mostSupportedWithVotes {\n        votes\n        initiative {\n          id\n          ...VoiceIdea_initiative\n          voteCount\n        }\n      }\n      overdueCount\n      overdue {\n        id\n        ...VoiceIdea_initiative\n        responseDueAt\n      }\n      needingReview {\n        id\n        ...VoiceIdea_initiative\n        ratingAverage\n        ratingCount\n      }\n      implemented {\n        id\n        ...VoiceIdea_initiative\n        implementedAt\n        followUpNote\n      }\n      customerQuotes {\n        id\n        body\n        createdAt\n        author {\n          id\n          displayName\n        }\n        initiative {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YouSaidWeDid($spaceId: ID!, $first: Int!, $after: String) {\n    youSaidWeDid(spaceId: $spaceId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        implementedAt\n        followUpNote\n        voteCount\n        commentCount\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query YouSaidWeDid($spaceId: ID!, $first: Int!, $after: String) {\n    youSaidWeDid(spaceId: $spaceId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        implementedAt\n        followUpNote\n        voteCount\n        commentCount\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;