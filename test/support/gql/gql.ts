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
    "\n  query AuditLog($first: Int, $after: String, $actorId: ID, $action: String) {\n    auditLog(first: $first, after: $after, actorId: $actorId, action: $action) {\n      nodes {\n        id\n        actor {\n          id\n        }\n        action\n        targetType\n        targetId\n        targetName\n        details\n        at\n        ip\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation CreateAuditedUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateAuditedUserDocument,
    "\n  mutation CreateAuditedSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateAuditedSpaceDocument,
    "\n  mutation AddAuditedMember($spaceId: ID!, $userId: ID!) {\n    addSpaceMember(spaceId: $spaceId, userId: $userId) {\n      id\n    }\n  }\n": typeof types.AddAuditedMemberDocument,
    "\n  mutation RemoveAuditedMember($spaceId: ID!, $userId: ID!) {\n    removeSpaceMember(spaceId: $spaceId, userId: $userId) {\n      id\n    }\n  }\n": typeof types.RemoveAuditedMemberDocument,
    "\n  mutation DeactivateAuditedUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n    }\n  }\n": typeof types.DeactivateAuditedUserDocument,
    "\n  mutation AnswerAudited($input: ChangeStatusInput!) {\n    changeInitiativeStatus(input: $input) {\n      id\n    }\n  }\n": typeof types.AnswerAuditedDocument,
    "\n  mutation MergeAudited($input: MergeInput!) {\n    mergeInitiatives(input: $input) {\n      id\n    }\n  }\n": typeof types.MergeAuditedDocument,
    "\n  mutation CommentToModerate($input: CommentInput!) {\n    commentOnInitiative(input: $input) {\n      id\n    }\n  }\n": typeof types.CommentToModerateDocument,
    "\n  mutation HideAudited($id: ID!) {\n    hideComment(id: $id) {\n      id\n    }\n  }\n": typeof types.HideAuditedDocument,
    "\n  mutation UnhideAudited($id: ID!) {\n    unhideComment(id: $id) {\n      id\n    }\n  }\n": typeof types.UnhideAuditedDocument,
    "\n  mutation CreateAuditedAward($input: CreateAwardInput!) {\n    createAward(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateAuditedAwardDocument,
    "\n  mutation GrantAudited($input: GrantAwardInput!) {\n    grantAward(input: $input) {\n      id\n    }\n  }\n": typeof types.GrantAuditedDocument,
    "\n  mutation RevokeAudited($id: ID!, $reason: String!) {\n    revokeAwardGrant(id: $id, reason: $reason) {\n      id\n    }\n  }\n": typeof types.RevokeAuditedDocument,
    "\n  mutation LaunchAudited($input: LaunchChallengeInput!) {\n    launchChallenge(input: $input) {\n      id\n    }\n  }\n": typeof types.LaunchAuditedDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n        email\n        role\n        displayName\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      role\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      role\n      email\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      deactivatedAt\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  query Users($first: Int, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      nodes {\n        id\n        displayName\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query InitiativeAuthor($id: ID!) {\n    initiative(id: $id) {\n      author {\n        id\n        email\n        displayName\n      }\n    }\n  }\n": typeof types.InitiativeAuthorDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      token\n      user {\n        id\n        email\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation ChangePassword($current: String!, $next: String!) {\n    changePassword(currentPassword: $current, newPassword: $next)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SignInWithPassword($email: String!, $password: String!) {\n    signIn(input: { email: $email, password: $password }) {\n      token\n    }\n  }\n": typeof types.SignInWithPasswordDocument,
    "\n  query WhoAmI {\n    me {\n      id\n    }\n  }\n": typeof types.WhoAmIDocument,
    "\n  mutation LimitedSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n    }\n  }\n": typeof types.LimitedSignInDocument,
    "\n  mutation LimitedSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.LimitedSignUpDocument,
    "\n  mutation CreateAward($input: CreateAwardInput!) {\n    createAward(input: $input) {\n      id\n      name\n      description\n      createdBy {\n        id\n      }\n    }\n  }\n": typeof types.CreateAwardDocument,
    "\n  mutation GrantAward($input: GrantAwardInput!) {\n    grantAward(input: $input) {\n      id\n      citation\n      grantedAt\n      revokedAt\n      award {\n        name\n      }\n      initiative {\n        id\n      }\n      grantedBy {\n        id\n      }\n    }\n  }\n": typeof types.GrantAwardDocument,
    "\n  query HallOfFame($first: Int, $after: String) {\n    hallOfFame(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        citation\n        initiative {\n          id\n        }\n        award {\n          name\n        }\n      }\n    }\n  }\n": typeof types.HallOfFameDocument,
    "\n  query InitiativeAwards($id: ID!) {\n    initiative(id: $id) {\n      awards {\n        id\n        citation\n        award {\n          name\n        }\n      }\n    }\n  }\n": typeof types.InitiativeAwardsDocument,
    "\n  query AwardCatalogue {\n    awards {\n      name\n    }\n  }\n": typeof types.AwardCatalogueDocument,
    "\n  mutation LaunchChallenge($input: LaunchChallengeInput!) {\n    launchChallenge(input: $input) {\n      id\n      state\n      title\n      initiativeCount\n      space {\n        id\n      }\n    }\n  }\n": typeof types.LaunchChallengeDocument,
    "\n  query Challenges($spaceId: ID) {\n    challenges(spaceId: $spaceId) {\n      id\n      state\n      initiativeCount\n    }\n  }\n": typeof types.ChallengesDocument,
    "\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      state\n      briefHtml\n    }\n  }\n": typeof types.ChallengeDocument,
    "\n  mutation ProposeInChallenge($input: ProposeInitiativeInput!) {\n    proposeInitiative(input: $input) {\n      id\n      challenge {\n        id\n        title\n      }\n    }\n  }\n": typeof types.ProposeInChallengeDocument,
    "\n  query ChallengeNotifications {\n    notifications {\n      nodes {\n        kind\n        message\n        challenge {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ChallengeNotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query ChallengeFeedTotal($filter: InitiativeFilter) {\n    initiatives(filter: $filter) {\n      totalCount\n    }\n  }\n": typeof types.ChallengeFeedTotalDocument,
    "\n  mutation CommentOnInitiative($input: CommentInput!) {\n    commentOnInitiative(input: $input) {\n      id\n      body\n      bodyHtml\n      hidden\n      deleted\n      parent {\n        id\n      }\n      author {\n        id\n      }\n      initiative {\n        id\n        commentCount\n        viewerIsFollowing\n      }\n    }\n  }\n": typeof types.CommentOnInitiativeDocument,
    "\n  mutation EditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      id\n      body\n      editedAt\n    }\n  }\n": typeof types.EditCommentDocument,
    "\n  query CommentThread($id: ID!) {\n    initiative(id: $id) {\n      commentCount\n      comments {\n        id\n        body\n        hidden\n        deleted\n        replies {\n          id\n          body\n        }\n      }\n    }\n  }\n": typeof types.CommentThreadDocument,
    "\n  query InitiativePageComments($id: ID!) {\n    initiative(id: $id) {\n      id\n      comments {\n        id\n        bodyHtml\n        author {\n          displayName\n        }\n        replies {\n          id\n          author {\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.InitiativePageCommentsDocument,
    "\n  mutation DemoSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        role\n      }\n    }\n  }\n": typeof types.DemoSignInDocument,
    "\n  query DemoSpaces {\n    spaces {\n      slug\n    }\n  }\n": typeof types.DemoSpacesDocument,
    "\n  query DemoCustomerHome {\n    unreadNotificationCount\n    hallOfFame {\n      totalCount\n    }\n    challenges {\n      state\n    }\n  }\n": typeof types.DemoCustomerHomeDocument,
    "\n  mutation FollowSpaceAs($spaceId: ID!, $notifyOnNewInitiatives: Boolean) {\n    followSpace(spaceId: $spaceId, notifyOnNewInitiatives: $notifyOnNewInitiatives) {\n      id\n      viewerIsFollowing\n      viewerNotifiesOnNewInitiatives\n    }\n  }\n": typeof types.FollowSpaceAsDocument,
    "\n  mutation UnfollowSpaceAs($spaceId: ID!) {\n    unfollowSpace(spaceId: $spaceId) {\n      id\n      viewerIsFollowing\n      viewerNotifiesOnNewInitiatives\n    }\n  }\n": typeof types.UnfollowSpaceAsDocument,
    "\n  query SpaceFollowing($id: ID!) {\n    space(id: $id) {\n      id\n      viewerIsFollowing\n      viewerNotifiesOnNewInitiatives\n    }\n  }\n": typeof types.SpaceFollowingDocument,
    "\n  mutation LaunchChallengeForFollowers($input: LaunchChallengeInput!) {\n    launchChallenge(input: $input) {\n      id\n    }\n  }\n": typeof types.LaunchChallengeForFollowersDocument,
    "\n  query FeedTotal($first: Int) {\n    initiatives(first: $first) {\n      totalCount\n    }\n  }\n": typeof types.FeedTotalDocument,
    "\n  query SpaceIds {\n    spaces {\n      id\n    }\n  }\n": typeof types.SpaceIdsDocument,
    "\n  mutation SignInForCookie($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n    }\n  }\n": typeof types.SignInForCookieDocument,
    "\n  query InitiativeById($id: ID!) {\n    initiative(id: $id) {\n      id\n    }\n  }\n": typeof types.InitiativeByIdDocument,
    "\n  query AnonymousSpaces {\n    spaces {\n      id\n    }\n  }\n": typeof types.AnonymousSpacesDocument,
    "\n  query WebLikeFeed($filter: InitiativeFilter!, $sort: InitiativeSort!, $first: Int!, $after: String) {\n    initiatives(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalCountExact\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        status\n        orientation\n        tags\n        voteCount\n        commentCount\n        awaitingResponse\n        createdAt\n        author {\n          id\n          displayName\n        }\n        viewerHasVoted\n        viewerIsFollowing\n        followerCount\n      }\n    }\n  }\n": typeof types.WebLikeFeedDocument,
    "\n  query FeedTotals($filter: InitiativeFilter) {\n    initiatives(filter: $filter, first: 1) {\n      totalCount\n      totalCountExact\n    }\n  }\n": typeof types.FeedTotalsDocument,
    "\n  mutation MergeForTotals($input: MergeInput!) {\n    mergeInitiatives(input: $input) {\n      id\n    }\n  }\n": typeof types.MergeForTotalsDocument,
    "\n  query StoredBody($id: ID!) {\n    initiative(id: $id) {\n      body\n      bodyHtml\n    }\n  }\n": typeof types.StoredBodyDocument,
    "\n  query FeedBodies($filter: InitiativeFilter!) {\n    initiatives(filter: $filter, first: 50) {\n      nodes {\n        id\n        bodyHtml\n      }\n    }\n  }\n": typeof types.FeedBodiesDocument,
    "\n  mutation UnvoteInitiative($initiativeId: ID!) {\n    unvoteInitiative(initiativeId: $initiativeId) {\n      id\n    }\n  }\n": typeof types.UnvoteInitiativeDocument,
    "\n  mutation ProposeInitiative($input: ProposeInitiativeInput!) {\n    proposeInitiative(input: $input) {\n      id\n      title\n      body\n      orientation\n      tags\n      status\n      voteCount\n      commentCount\n      followerCount\n      awaitingResponse\n      author {\n        id\n      }\n      space {\n        id\n      }\n      createdAt\n      updatedAt\n    }\n  }\n": typeof types.ProposeInitiativeDocument,
    "\n  query InitiativeTitle($id: ID!) {\n    initiative(id: $id) {\n      id\n      title\n    }\n  }\n": typeof types.InitiativeTitleDocument,
    "\n  query InitiativeAwaitingResponse($id: ID!) {\n    initiative(id: $id) {\n      awaitingResponse\n    }\n  }\n": typeof types.InitiativeAwaitingResponseDocument,
    "\n  query InitiativeFeed($filter: InitiativeFilter, $first: Int, $after: String) {\n    initiatives(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        tags\n        status\n        awaitingResponse\n        author {\n          id\n          displayName\n        }\n        space {\n          id\n          name\n        }\n        statusHistory {\n          to\n          note\n          by {\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.InitiativeFeedDocument,
    "\n  mutation MergeInitiatives($input: MergeInput!) {\n    mergeInitiatives(input: $input) {\n      id\n      voteCount\n      followerCount\n    }\n  }\n": typeof types.MergeInitiativesDocument,
    "\n  query MergedInitiative($id: ID!) {\n    initiative(id: $id) {\n      status\n      voteCount\n      followerCount\n      viewerHasVoted\n      mergedInto {\n        id\n      }\n      statusHistory {\n        to\n        note\n      }\n    }\n  }\n": typeof types.MergedInitiativeDocument,
    "\n  query SimilarInitiatives($spaceId: ID!, $text: String!, $first: Int) {\n    similarInitiatives(spaceId: $spaceId, text: $text, first: $first) {\n      id\n      title\n      status\n    }\n  }\n": typeof types.SimilarInitiativesDocument,
    "\n  mutation MoveInitiative($input: ChangeStatusInput!) {\n    changeInitiativeStatus(input: $input) {\n      id\n      status\n      awaitingResponse\n      statusHistory {\n        from\n        to\n        note\n        at\n        by {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MoveInitiativeDocument,
    "\n  mutation EditInitiative($input: EditInitiativeInput!) {\n    editInitiative(input: $input) {\n      id\n      title\n      body\n      orientation\n      tags\n    }\n  }\n": typeof types.EditInitiativeDocument,
    "\n  query StatusHistory($id: ID!) {\n    initiative(id: $id) {\n      status\n      statusHistory {\n        from\n        to\n        note\n        by {\n          id\n        }\n      }\n    }\n  }\n": typeof types.StatusHistoryDocument,
    "\n  query AwaitingFeed($filter: InitiativeFilter) {\n    initiatives(filter: $filter) {\n      totalCount\n      nodes {\n        id\n        awaitingResponse\n      }\n    }\n  }\n": typeof types.AwaitingFeedDocument,
    "\n  query IsAwaitingResponse($id: ID!) {\n    initiative(id: $id) {\n      awaitingResponse\n    }\n  }\n": typeof types.IsAwaitingResponseDocument,
    "\n  query Insights($spaceId: ID, $from: DateTime, $to: DateTime) {\n    insights(spaceId: $spaceId, from: $from, to: $to) {\n      initiativesByStatus {\n        status\n        count\n      }\n      medianHoursToFirstResponse\n      answeredWithinSlaRatio\n      awaitingResponseCount\n      contributorsByRole {\n        role\n        count\n      }\n      topInitiatives {\n        id\n      }\n      awardsGranted\n    }\n  }\n": typeof types.InsightsDocument,
    "\n  mutation InviteToSpace($spaceId: ID!, $emails: [String!]!) {\n    inviteToSpace(spaceId: $spaceId, emails: $emails) {\n      id\n      email\n      space {\n        id\n      }\n      invitedBy {\n        id\n      }\n      createdAt\n      expiresAt\n      acceptedAt\n      revokedAt\n    }\n  }\n": typeof types.InviteToSpaceDocument,
    "\n  query PendingInvitations($spaceId: ID!) {\n    invitations(spaceId: $spaceId) {\n      id\n      email\n    }\n  }\n": typeof types.PendingInvitationsDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      viewerIsMember\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation SignUpWithInvitation($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n": typeof types.SignUpWithInvitationDocument,
    "\n  query InvitedSpace($id: ID) {\n    space(id: $id) {\n      id\n      viewerIsMember\n    }\n  }\n": typeof types.InvitedSpaceDocument,
    "\n  query InvitationAudit {\n    auditLog(first: 2) {\n      nodes {\n        action\n        targetId\n        actor {\n          id\n        }\n      }\n    }\n  }\n": typeof types.InvitationAuditDocument,
    "\n  query InvitationLink($token: String!) {\n    invitation(token: $token) {\n      email\n      spaceName\n      spaceSlug\n      spaceKind\n      state\n      expiresAt\n    }\n  }\n": typeof types.InvitationLinkDocument,
    "\n    subscription FanOutUpdates($id: ID!) {\n      initiativeUpdated(id: $id) {\n        id\n        voteCount\n        viewerHasVoted\n        space {\n          id\n        }\n        author {\n          displayName\n        }\n      }\n    }\n  ": typeof types.FanOutUpdatesDocument,
    "\n  query FeedDuringFanOut {\n    initiatives(first: 20) {\n      nodes {\n        id\n        title\n        voteCount\n      }\n    }\n  }\n": typeof types.FeedDuringFanOutDocument,
    "\n  mutation SignOutNow {\n    signOut\n  }\n": typeof types.SignOutNowDocument,
    "\n    subscription NotificationsForLimits {\n      notificationAdded {\n        id\n      }\n    }\n  ": typeof types.NotificationsForLimitsDocument,
    "\n  subscription FanOutNotification {\n    notificationAdded {\n      message\n    }\n  }\n": typeof types.FanOutNotificationDocument,
    "\n  subscription InitiativeUpdatedHistory($id: ID!) {\n    initiativeUpdated(id: $id) {\n      voteCount\n      statusHistory {\n        to\n        note\n      }\n    }\n  }\n": typeof types.InitiativeUpdatedHistoryDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      kind\n      message\n      initiative {\n        id\n      }\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  subscription InitiativeUpdated($id: ID!) {\n    initiativeUpdated(id: $id) {\n      id\n      voteCount\n      status\n    }\n  }\n": typeof types.InitiativeUpdatedDocument,
    "\n  query Outbox($first: Int, $after: String) {\n    outbox(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        to\n        subject\n        kind\n        state\n        attempts\n        createdAt\n        sentAt\n        lastError\n      }\n    }\n  }\n": typeof types.OutboxDocument,
    "\n  query MarkdownPreview($markdown: String!) {\n    markdownPreview(markdown: $markdown)\n  }\n": typeof types.MarkdownPreviewDocument,
    "\n  mutation ProposeForPreview($input: ProposeInitiativeInput!) {\n    proposeInitiative(input: $input) {\n      id\n      bodyHtml\n    }\n  }\n": typeof types.ProposeForPreviewDocument,
    "\n  mutation CommentForPreview($input: CommentInput!) {\n    commentOnInitiative(input: $input) {\n      id\n      bodyHtml\n    }\n  }\n": typeof types.CommentForPreviewDocument,
    "\n  mutation SetMailChoice($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      emailFrequency\n      timeZone\n    }\n  }\n": typeof types.SetMailChoiceDocument,
    "\n  query MyMailChoice {\n    me {\n      id\n      emailFrequency\n      timeZone\n    }\n  }\n": typeof types.MyMailChoiceDocument,
    "\n  query SomeoneElsesMailChoice {\n    initiatives(first: 1) {\n      nodes {\n        author {\n          id\n          emailFrequency\n          timeZone\n        }\n      }\n    }\n  }\n": typeof types.SomeoneElsesMailChoiceDocument,
    "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        message\n        readAt\n        initiative {\n          id\n        }\n        actor {\n          id\n        }\n      }\n    }\n    unreadNotificationCount\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query Leaderboard($spaceId: ID, $from: DateTime, $first: Int) {\n    leaderboard(spaceId: $spaceId, from: $from, first: $first) {\n      user {\n        id\n      }\n      implementedCount\n      awardCount\n      votesReceived\n    }\n  }\n": typeof types.LeaderboardDocument,
    "\n  query Profile($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      email\n      awards {\n        citation\n        initiative {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ProfileDocument,
    "\n  query AwaitingQueue($filter: InitiativeFilter, $after: String) {\n    initiatives(filter: $filter, sort: OLDEST, first: 1, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        createdAt\n        responseDueAt\n      }\n    }\n  }\n": typeof types.AwaitingQueueDocument,
    "\n  mutation RateInitiative($input: RateInput!) {\n    rateInitiative(input: $input) {\n      id\n      ratingAverage\n      ratingCount\n      viewerRating\n      needsReview\n    }\n  }\n": typeof types.RateInitiativeDocument,
    "\n  query ReviewState($id: ID!) {\n    initiative(id: $id) {\n      needsReview\n      ratingCount\n      ratingAverage\n    }\n  }\n": typeof types.ReviewStateDocument,
    "\n  query NeedingReview {\n    initiatives(filter: { needsReview: true }, first: 100) {\n      nodes {\n        needsReview\n      }\n    }\n  }\n": typeof types.NeedingReviewDocument,
    "\n  query SpaceParticipants {\n    spaces {\n      id\n      memberCount\n      participantCount\n    }\n  }\n": typeof types.SpaceParticipantsDocument,
    "\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n      slug\n      name\n      kind\n      access\n      responseSlaDays\n      reviewBelowAverage\n      reviewMinRatings\n      memberCount\n      viewerIsMember\n    }\n  }\n": typeof types.CreateSpaceDocument,
    "\n  mutation AddSpaceMember($spaceId: ID!, $userId: ID!) {\n    addSpaceMember(spaceId: $spaceId, userId: $userId) {\n      id\n      memberCount\n    }\n  }\n": typeof types.AddSpaceMemberDocument,
    "\n  mutation RemoveSpaceMember($spaceId: ID!, $userId: ID!) {\n    removeSpaceMember(spaceId: $spaceId, userId: $userId) {\n      id\n      memberCount\n    }\n  }\n": typeof types.RemoveSpaceMemberDocument,
    "\n  query SpaceMembers($id: ID) {\n    space(id: $id) {\n      memberCount\n      viewerIsMember\n      members {\n        id\n      }\n    }\n  }\n": typeof types.SpaceMembersDocument,
    "\n  query SpaceByIdOrSlug($id: ID, $slug: String) {\n    space(id: $id, slug: $slug) {\n      id\n    }\n  }\n": typeof types.SpaceByIdOrSlugDocument,
    "\n  query SpaceNames {\n    spaces {\n      name\n    }\n  }\n": typeof types.SpaceNamesDocument,
    "\n  query VisibleSpaces {\n    spaces {\n      id\n    }\n  }\n": typeof types.VisibleSpacesDocument,
    "\n  query SpaceById($id: ID) {\n    space(id: $id) {\n      id\n    }\n  }\n": typeof types.SpaceByIdDocument,
    "\n  query SpaceBySlug($slug: String) {\n    space(slug: $slug) {\n      id\n    }\n  }\n": typeof types.SpaceBySlugDocument,
    "\n  query VisibleInitiative($id: ID!) {\n    initiative(id: $id) {\n      id\n      title\n    }\n  }\n": typeof types.VisibleInitiativeDocument,
    "\n  query SpaceFeed($spaceId: ID) {\n    initiatives(filter: { spaceId: $spaceId }) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.SpaceFeedDocument,
    "\n  query EveryVisibleInitiative {\n    initiatives(first: 100) {\n      totalCount\n      nodes {\n        id\n        space {\n          id\n        }\n      }\n    }\n  }\n": typeof types.EveryVisibleInitiativeDocument,
    "\n  mutation ProposeInSpace($input: ProposeInitiativeInput!) {\n    proposeInitiative(input: $input) {\n      id\n      space {\n        id\n      }\n    }\n  }\n": typeof types.ProposeInSpaceDocument,
    "\n  query SsoSignInOptions {\n    signInOptions {\n      passwordSignIn\n      singleSignOn {\n        name\n        loginUrl\n      }\n    }\n  }\n": typeof types.SsoSignInOptionsDocument,
    "\n  mutation SsoPasswordSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.SsoPasswordSignInDocument,
    "\n  mutation SsoPasswordSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.SsoPasswordSignUpDocument,
    "\n  mutation ImportUsers($csv: String!, $dryRun: Boolean) {\n    importUsers(csv: $csv, dryRun: $dryRun) {\n      created\n      updated\n      unchanged\n      errors {\n        line\n        message\n      }\n    }\n  }\n": typeof types.ImportUsersDocument,
    "\n  query ImportedRole {\n    me {\n      role\n    }\n  }\n": typeof types.ImportedRoleDocument,
    "\n  mutation WelcomeReset($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      user {\n        email\n      }\n    }\n  }\n": typeof types.WelcomeResetDocument,
    "\n  query ImportAudit {\n    auditLog(action: \"USERS_IMPORTED\") {\n      nodes {\n        details\n      }\n    }\n  }\n": typeof types.ImportAuditDocument,
    "\n  mutation ChangeUserRole($id: ID!, $role: Role!) {\n    changeUserRole(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.ChangeUserRoleDocument,
    "\n  mutation DeactivateForAdministration($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      deactivatedAt\n    }\n  }\n": typeof types.DeactivateForAdministrationDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      deactivatedAt\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  mutation UpdateSpace($input: UpdateSpaceInput!) {\n    updateSpace(input: $input) {\n      id\n      name\n      description\n      kind\n      access\n      responseSlaDays\n      reviewBelowAverage\n      reviewMinRatings\n    }\n  }\n": typeof types.UpdateSpaceDocument,
    "\n  query OwnRole {\n    me {\n      id\n      role\n    }\n  }\n": typeof types.OwnRoleDocument,
    "\n  mutation SignInAfterReactivation($email: String!, $password: String!) {\n    signIn(input: { email: $email, password: $password }) {\n      token\n    }\n  }\n": typeof types.SignInAfterReactivationDocument,
    "\n  query LastAuditEntry {\n    auditLog(first: 1) {\n      nodes {\n        action\n        targetId\n        details\n      }\n    }\n  }\n": typeof types.LastAuditEntryDocument,
    "\n  query SpaceKindAndName($id: ID) {\n    space(id: $id) {\n      name\n      kind\n    }\n  }\n": typeof types.SpaceKindAndNameDocument,
    "\n  query UsersByRole($role: Role, $search: String) {\n    users(role: $role, search: $search, first: 100) {\n      totalCount\n      nodes {\n        id\n        role\n        deactivatedAt\n      }\n    }\n  }\n": typeof types.UsersByRoleDocument,
    "\n  query CustomerVoiceReport($spaceId: ID, $from: DateTime, $to: DateTime) {\n    customerVoice(spaceId: $spaceId, from: $from, to: $to) {\n      from\n      to\n      space {\n        id\n      }\n      counts {\n        proposed\n        answered\n        implemented\n        votes\n        comments\n      }\n      newCustomerInitiatives {\n        title\n      }\n      newCustomerInitiativeCount\n      mostSupported {\n        title\n      }\n      mostSupportedWithVotes {\n        initiative {\n          title\n        }\n        votes\n      }\n      overdue {\n        title\n        awaitingResponse\n      }\n      overdueCount\n      needingReview {\n        title\n      }\n      implemented {\n        title\n        implementedAt\n        followUpNote\n      }\n      customerQuotes {\n        body\n        author {\n          displayName\n        }\n        initiative {\n          title\n        }\n      }\n    }\n  }\n": typeof types.CustomerVoiceReportDocument,
    "\n  query YouSaidWeDidPage($spaceId: ID!, $first: Int, $after: String) {\n    youSaidWeDid(spaceId: $spaceId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        title\n        status\n        implementedAt\n        followUpNote\n        voteCount\n      }\n    }\n  }\n": typeof types.YouSaidWeDidPageDocument,
    "\n  mutation Vote($id: ID!) {\n    voteInitiative(initiativeId: $id) {\n      id\n      voteCount\n      viewerHasVoted\n      followerCount\n      viewerIsFollowing\n    }\n  }\n": typeof types.VoteDocument,
    "\n  mutation Unvote($id: ID!) {\n    unvoteInitiative(initiativeId: $id) {\n      id\n      voteCount\n      viewerHasVoted\n      viewerIsFollowing\n    }\n  }\n": typeof types.UnvoteDocument,
    "\n  mutation Follow($id: ID!) {\n    followInitiative(initiativeId: $id) {\n      followerCount\n      viewerIsFollowing\n    }\n  }\n": typeof types.FollowDocument,
    "\n  mutation Unfollow($id: ID!) {\n    unfollowInitiative(initiativeId: $id) {\n      followerCount\n      viewerIsFollowing\n    }\n  }\n": typeof types.UnfollowDocument,
    "\n  mutation ProposeAndFollow($input: ProposeInitiativeInput!) {\n    proposeInitiative(input: $input) {\n      id\n      followerCount\n      viewerIsFollowing\n    }\n  }\n": typeof types.ProposeAndFollowDocument,
    "\n  mutation VoteInitiative($initiativeId: ID!) {\n    voteInitiative(initiativeId: $initiativeId) {\n      id\n      voteCount\n      viewerHasVoted\n    }\n  }\n": typeof types.VoteInitiativeDocument,
    "\n  mutation ChangeInitiativeStatus($input: ChangeStatusInput!) {\n    changeInitiativeStatus(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ChangeInitiativeStatusDocument,
    "\n  mutation Propose($input: ProposeInitiativeInput!) {\n    proposeInitiative(input: $input) {\n      id\n    }\n  }\n": typeof types.ProposeDocument,
    "\n  mutation FollowInitiative($initiativeId: ID!) {\n    followInitiative(initiativeId: $initiativeId) {\n      id\n      followerCount\n      viewerIsFollowing\n    }\n  }\n": typeof types.FollowInitiativeDocument,
    "\n  mutation PostComment($input: CommentInput!) {\n    commentOnInitiative(input: $input) {\n      id\n    }\n  }\n": typeof types.PostCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": typeof types.DeleteCommentDocument,
    "\n  mutation HideComment($id: ID!) {\n    hideComment(id: $id) {\n      id\n      hidden\n    }\n  }\n": typeof types.HideCommentDocument,
    "\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      id\n      hidden\n    }\n  }\n": typeof types.UnhideCommentDocument,
    "\n  mutation CreateHeroAward {\n    createAward(input: { name: \"Customer hero\" }) {\n      id\n    }\n  }\n": typeof types.CreateHeroAwardDocument,
    "\n  mutation GrantHeroAward($input: GrantAwardInput!) {\n    grantAward(input: $input) {\n      id\n    }\n  }\n": typeof types.GrantHeroAwardDocument,
    "\n  mutation RevokeAwardGrant($id: ID!, $reason: String!) {\n    revokeAwardGrant(id: $id, reason: $reason) {\n      id\n      revokedAt\n      revokeReason\n    }\n  }\n": typeof types.RevokeAwardGrantDocument,
    "\n  mutation WithdrawInitiative($id: ID!) {\n    withdrawInitiative(id: $id)\n  }\n": typeof types.WithdrawInitiativeDocument,
    "\n  query FeedPage($filter: InitiativeFilter, $sort: InitiativeSort, $first: Int, $after: String) {\n    initiatives(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        voteCount\n      }\n    }\n  }\n": typeof types.FeedPageDocument,
};
const documents: Documents = {
    "\n  query AuditLog($first: Int, $after: String, $actorId: ID, $action: String) {\n    auditLog(first: $first, after: $after, actorId: $actorId, action: $action) {\n      nodes {\n        id\n        actor {\n          id\n        }\n        action\n        targetType\n        targetId\n        targetName\n        details\n        at\n        ip\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation CreateAuditedUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": types.CreateAuditedUserDocument,
    "\n  mutation CreateAuditedSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n    }\n  }\n": types.CreateAuditedSpaceDocument,
    "\n  mutation AddAuditedMember($spaceId: ID!, $userId: ID!) {\n    addSpaceMember(spaceId: $spaceId, userId: $userId) {\n      id\n    }\n  }\n": types.AddAuditedMemberDocument,
    "\n  mutation RemoveAuditedMember($spaceId: ID!, $userId: ID!) {\n    removeSpaceMember(spaceId: $spaceId, userId: $userId) {\n      id\n    }\n  }\n": types.RemoveAuditedMemberDocument,
    "\n  mutation DeactivateAuditedUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n    }\n  }\n": types.DeactivateAuditedUserDocument,
    "\n  mutation AnswerAudited($input: ChangeStatusInput!) {\n    changeInitiativeStatus(input: $input) {\n      id\n    }\n  }\n": types.AnswerAuditedDocument,
    "\n  mutation MergeAudited($input: MergeInput!) {\n    mergeInitiatives(input: $input) {\n      id\n    }\n  }\n": types.MergeAuditedDocument,
    "\n  mutation CommentToModerate($input: CommentInput!) {\n    commentOnInitiative(input: $input) {\n      id\n    }\n  }\n": types.CommentToModerateDocument,
    "\n  mutation HideAudited($id: ID!) {\n    hideComment(id: $id) {\n      id\n    }\n  }\n": types.HideAuditedDocument,
    "\n  mutation UnhideAudited($id: ID!) {\n    unhideComment(id: $id) {\n      id\n    }\n  }\n": types.UnhideAuditedDocument,
    "\n  mutation CreateAuditedAward($input: CreateAwardInput!) {\n    createAward(input: $input) {\n      id\n    }\n  }\n": types.CreateAuditedAwardDocument,
    "\n  mutation GrantAudited($input: GrantAwardInput!) {\n    grantAward(input: $input) {\n      id\n    }\n  }\n": types.GrantAuditedDocument,
    "\n  mutation RevokeAudited($id: ID!, $reason: String!) {\n    revokeAwardGrant(id: $id, reason: $reason) {\n      id\n    }\n  }\n": types.RevokeAuditedDocument,
    "\n  mutation LaunchAudited($input: LaunchChallengeInput!) {\n    launchChallenge(input: $input) {\n      id\n    }\n  }\n": types.LaunchAuditedDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n        email\n        role\n        displayName\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      role\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      role\n      email\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      deactivatedAt\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  query Users($first: Int, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      nodes {\n        id\n        displayName\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  query InitiativeAuthor($id: ID!) {\n    initiative(id: $id) {\n      author {\n        id\n        email\n        displayName\n      }\n    }\n  }\n": types.InitiativeAuthorDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      token\n      user {\n        id\n        email\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation ChangePassword($current: String!, $next: String!) {\n    changePassword(currentPassword: $current, newPassword: $next)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SignInWithPassword($email: String!, $password: String!) {\n    signIn(input: { email: $email, password: $password }) {\n      token\n    }\n  }\n": types.SignInWithPasswordDocument,
    "\n  query WhoAmI {\n    me {\n      id\n    }\n  }\n": types.WhoAmIDocument,
    "\n  mutation LimitedSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n    }\n  }\n": types.LimitedSignInDocument,
    "\n  mutation LimitedSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.LimitedSignUpDocument,
    "\n  mutation CreateAward($input: CreateAwardInput!) {\n    createAward(input: $input) {\n      id\n      name\n      description\n      createdBy {\n        id\n      }\n    }\n  }\n": types.CreateAwardDocument,
    "\n  mutation GrantAward($input: GrantAwardInput!) {\n    grantAward(input: $input) {\n      id\n      citation\n      grantedAt\n      revokedAt\n      award {\n        name\n      }\n      initiative {\n        id\n      }\n      grantedBy {\n        id\n      }\n    }\n  }\n": types.GrantAwardDocument,
    "\n  query HallOfFame($first: Int, $after: String) {\n    hallOfFame(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        citation\n        initiative {\n          id\n        }\n        award {\n          name\n        }\n      }\n    }\n  }\n": types.HallOfFameDocument,
    "\n  query InitiativeAwards($id: ID!) {\n    initiative(id: $id) {\n      awards {\n        id\n        citation\n        award {\n          name\n        }\n      }\n    }\n  }\n": types.InitiativeAwardsDocument,
    "\n  query AwardCatalogue {\n    awards {\n      name\n    }\n  }\n": types.AwardCatalogueDocument,
    "\n  mutation LaunchChallenge($input: LaunchChallengeInput!) {\n    launchChallenge(input: $input) {\n      id\n      state\n      title\n      initiativeCount\n      space {\n        id\n      }\n    }\n  }\n": types.LaunchChallengeDocument,
    "\n  query Challenges($spaceId: ID) {\n    challenges(spaceId: $spaceId) {\n      id\n      state\n      initiativeCount\n    }\n  }\n": types.ChallengesDocument,
    "\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      state\n      briefHtml\n    }\n  }\n": types.ChallengeDocument,
    "\n  mutation ProposeInChallenge($input: ProposeInitiativeInput!) {\n    proposeInitiative(input: $input) {\n      id\n      challenge {\n        id\n        title\n      }\n    }\n  }\n": types.ProposeInChallengeDocument,
    "\n  query ChallengeNotifications {\n    notifications {\n      nodes {\n        kind\n        message\n        challenge {\n          id\n        }\n      }\n    }\n  }\n": types.ChallengeNotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query ChallengeFeedTotal($filter: InitiativeFilter) {\n    initiatives(filter: $filter) {\n      totalCount\n    }\n  }\n": types.ChallengeFeedTotalDocument,
    "\n  mutation CommentOnInitiative($input: CommentInput!) {\n    commentOnInitiative(input: $input) {\n      id\n      body\n      bodyHtml\n      hidden\n      deleted\n      parent {\n        id\n      }\n      author {\n        id\n      }\n      initiative {\n        id\n        commentCount\n        viewerIsFollowing\n      }\n    }\n  }\n": types.CommentOnInitiativeDocument,
    "\n  mutation EditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      id\n      body\n      editedAt\n    }\n  }\n": types.EditCommentDocument,
    "\n  query CommentThread($id: ID!) {\n    initiative(id: $id) {\n      commentCount\n      comments {\n        id\n        body\n        hidden\n        deleted\n        replies {\n          id\n          body\n        }\n      }\n    }\n  }\n": types.CommentThreadDocument,
    "\n  query InitiativePageComments($id: ID!) {\n    initiative(id: $id) {\n      id\n      comments {\n        id\n        bodyHtml\n        author {\n          displayName\n        }\n        replies {\n          id\n          author {\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.InitiativePageCommentsDocument,
    "\n  mutation DemoSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        role\n      }\n    }\n  }\n": types.DemoSignInDocument,
    "\n  query DemoSpaces {\n    spaces {\n      slug\n    }\n  }\n": types.DemoSpacesDocument,
    "\n  query DemoCustomerHome {\n    unreadNotificationCount\n    hallOfFame {\n      totalCount\n    }\n    challenges {\n      state\n    }\n  }\n": types.DemoCustomerHomeDocument,
    "\n  mutation FollowSpaceAs($spaceId: ID!, $notifyOnNewInitiatives: Boolean) {\n    followSpace(spaceId: $spaceId, notifyOnNewInitiatives: $notifyOnNewInitiatives) {\n      id\n      viewerIsFollowing\n      viewerNotifiesOnNewInitiatives\n    }\n  }\n": types.FollowSpaceAsDocument,
    "\n  mutation UnfollowSpaceAs($spaceId: ID!) {\n    unfollowSpace(spaceId: $spaceId) {\n      id\n      viewerIsFollowing\n      viewerNotifiesOnNewInitiatives\n    }\n  }\n": types.UnfollowSpaceAsDocument,
    "\n  query SpaceFollowing($id: ID!) {\n    space(id: $id) {\n      id\n      viewerIsFollowing\n      viewerNotifiesOnNewInitiatives\n    }\n  }\n": types.SpaceFollowingDocument,
    "\n  mutation LaunchChallengeForFollowers($input: LaunchChallengeInput!) {\n    launchChallenge(input: $input) {\n      id\n    }\n  }\n": types.LaunchChallengeForFollowersDocument,
    "\n  query FeedTotal($first: Int) {\n    initiatives(first: $first) {\n      totalCount\n    }\n  }\n": types.FeedTotalDocument,
    "\n  query SpaceIds {\n    spaces {\n      id\n    }\n  }\n": types.SpaceIdsDocument,
    "\n  mutation SignInForCookie($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n    }\n  }\n": types.SignInForCookieDocument,
    "\n  query InitiativeById($id: ID!) {\n    initiative(id: $id) {\n      id\n    }\n  }\n": types.InitiativeByIdDocument,
    "\n  query AnonymousSpaces {\n    spaces {\n      id\n    }\n  }\n": types.AnonymousSpacesDocument,
    "\n  query WebLikeFeed($filter: InitiativeFilter!, $sort: InitiativeSort!, $first: Int!, $after: String) {\n    initiatives(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalCountExact\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        status\n        orientation\n        tags\n        voteCount\n        commentCount\n        awaitingResponse\n        createdAt\n        author {\n          id\n          displayName\n        }\n        viewerHasVoted\n        viewerIsFollowing\n        followerCount\n      }\n    }\n  }\n": types.WebLikeFeedDocument,
    "\n  query FeedTotals($filter: InitiativeFilter) {\n    initiatives(filter: $filter, first: 1) {\n      totalCount\n      totalCountExact\n    }\n  }\n": types.FeedTotalsDocument,
    "\n  mutation MergeForTotals($input: MergeInput!) {\n    mergeInitiatives(input: $input) {\n      id\n    }\n  }\n": types.MergeForTotalsDocument,
    "\n  query StoredBody($id: ID!) {\n    initiative(id: $id) {\n      body\n      bodyHtml\n    }\n  }\n": types.StoredBodyDocument,
    "\n  query FeedBodies($filter: InitiativeFilter!) {\n    initiatives(filter: $filter, first: 50) {\n      nodes {\n        id\n        bodyHtml\n      }\n    }\n  }\n": types.FeedBodiesDocument,
    "\n  mutation UnvoteInitiative($initiativeId: ID!) {\n    unvoteInitiative(initiativeId: $initiativeId) {\n      id\n    }\n  }\n": types.UnvoteInitiativeDocument,
    "\n  mutation ProposeInitiative($input: ProposeInitiativeInput!) {\n    proposeInitiative(input: $input) {\n      id\n      title\n      body\n      orientation\n      tags\n      status\n      voteCount\n      commentCount\n      followerCount\n      awaitingResponse\n      author {\n        id\n      }\n      space {\n        id\n      }\n      createdAt\n      updatedAt\n    }\n  }\n": types.ProposeInitiativeDocument,
    "\n  query InitiativeTitle($id: ID!) {\n    initiative(id: $id) {\n      id\n      title\n    }\n  }\n": types.InitiativeTitleDocument,
    "\n  query InitiativeAwaitingResponse($id: ID!) {\n    initiative(id: $id) {\n      awaitingResponse\n    }\n  }\n": types.InitiativeAwaitingResponseDocument,
    "\n  query InitiativeFeed($filter: InitiativeFilter, $first: Int, $after: String) {\n    initiatives(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        tags\n        status\n        awaitingResponse\n        author {\n          id\n          displayName\n        }\n        space {\n          id\n          name\n        }\n        statusHistory {\n          to\n          note\n          by {\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.InitiativeFeedDocument,
    "\n  mutation MergeInitiatives($input: MergeInput!) {\n    mergeInitiatives(input: $input) {\n      id\n      voteCount\n      followerCount\n    }\n  }\n": types.MergeInitiativesDocument,
    "\n  query MergedInitiative($id: ID!) {\n    initiative(id: $id) {\n      status\n      voteCount\n      followerCount\n      viewerHasVoted\n      mergedInto {\n        id\n      }\n      statusHistory {\n        to\n        note\n      }\n    }\n  }\n": types.MergedInitiativeDocument,
    "\n  query SimilarInitiatives($spaceId: ID!, $text: String!, $first: Int) {\n    similarInitiatives(spaceId: $spaceId, text: $text, first: $first) {\n      id\n      title\n      status\n    }\n  }\n": types.SimilarInitiativesDocument,
    "\n  mutation MoveInitiative($input: ChangeStatusInput!) {\n    changeInitiativeStatus(input: $input) {\n      id\n      status\n      awaitingResponse\n      statusHistory {\n        from\n        to\n        note\n        at\n        by {\n          id\n        }\n      }\n    }\n  }\n": types.MoveInitiativeDocument,
    "\n  mutation EditInitiative($input: EditInitiativeInput!) {\n    editInitiative(input: $input) {\n      id\n      title\n      body\n      orientation\n      tags\n    }\n  }\n": types.EditInitiativeDocument,
    "\n  query StatusHistory($id: ID!) {\n    initiative(id: $id) {\n      status\n      statusHistory {\n        from\n        to\n        note\n        by {\n          id\n        }\n      }\n    }\n  }\n": types.StatusHistoryDocument,
    "\n  query AwaitingFeed($filter: InitiativeFilter) {\n    initiatives(filter: $filter) {\n      totalCount\n      nodes {\n        id\n        awaitingResponse\n      }\n    }\n  }\n": types.AwaitingFeedDocument,
    "\n  query IsAwaitingResponse($id: ID!) {\n    initiative(id: $id) {\n      awaitingResponse\n    }\n  }\n": types.IsAwaitingResponseDocument,
    "\n  query Insights($spaceId: ID, $from: DateTime, $to: DateTime) {\n    insights(spaceId: $spaceId, from: $from, to: $to) {\n      initiativesByStatus {\n        status\n        count\n      }\n      medianHoursToFirstResponse\n      answeredWithinSlaRatio\n      awaitingResponseCount\n      contributorsByRole {\n        role\n        count\n      }\n      topInitiatives {\n        id\n      }\n      awardsGranted\n    }\n  }\n": types.InsightsDocument,
    "\n  mutation InviteToSpace($spaceId: ID!, $emails: [String!]!) {\n    inviteToSpace(spaceId: $spaceId, emails: $emails) {\n      id\n      email\n      space {\n        id\n      }\n      invitedBy {\n        id\n      }\n      createdAt\n      expiresAt\n      acceptedAt\n      revokedAt\n    }\n  }\n": types.InviteToSpaceDocument,
    "\n  query PendingInvitations($spaceId: ID!) {\n    invitations(spaceId: $spaceId) {\n      id\n      email\n    }\n  }\n": types.PendingInvitationsDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      viewerIsMember\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation SignUpWithInvitation($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n": types.SignUpWithInvitationDocument,
    "\n  query InvitedSpace($id: ID) {\n    space(id: $id) {\n      id\n      viewerIsMember\n    }\n  }\n": types.InvitedSpaceDocument,
    "\n  query InvitationAudit {\n    auditLog(first: 2) {\n      nodes {\n        action\n        targetId\n        actor {\n          id\n        }\n      }\n    }\n  }\n": types.InvitationAuditDocument,
    "\n  query InvitationLink($token: String!) {\n    invitation(token: $token) {\n      email\n      spaceName\n      spaceSlug\n      spaceKind\n      state\n      expiresAt\n    }\n  }\n": types.InvitationLinkDocument,
    "\n    subscription FanOutUpdates($id: ID!) {\n      initiativeUpdated(id: $id) {\n        id\n        voteCount\n        viewerHasVoted\n        space {\n          id\n        }\n        author {\n          displayName\n        }\n      }\n    }\n  ": types.FanOutUpdatesDocument,
    "\n  query FeedDuringFanOut {\n    initiatives(first: 20) {\n      nodes {\n        id\n        title\n        voteCount\n      }\n    }\n  }\n": types.FeedDuringFanOutDocument,
    "\n  mutation SignOutNow {\n    signOut\n  }\n": types.SignOutNowDocument,
    "\n    subscription NotificationsForLimits {\n      notificationAdded {\n        id\n      }\n    }\n  ": types.NotificationsForLimitsDocument,
    "\n  subscription FanOutNotification {\n    notificationAdded {\n      message\n    }\n  }\n": types.FanOutNotificationDocument,
    "\n  subscription InitiativeUpdatedHistory($id: ID!) {\n    initiativeUpdated(id: $id) {\n      voteCount\n      statusHistory {\n        to\n        note\n      }\n    }\n  }\n": types.InitiativeUpdatedHistoryDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      kind\n      message\n      initiative {\n        id\n      }\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  subscription InitiativeUpdated($id: ID!) {\n    initiativeUpdated(id: $id) {\n      id\n      voteCount\n      status\n    }\n  }\n": types.InitiativeUpdatedDocument,
    "\n  query Outbox($first: Int, $after: String) {\n    outbox(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        to\n        subject\n        kind\n        state\n        attempts\n        createdAt\n        sentAt\n        lastError\n      }\n    }\n  }\n": types.OutboxDocument,
    "\n  query MarkdownPreview($markdown: String!) {\n    markdownPreview(markdown: $markdown)\n  }\n": types.MarkdownPreviewDocument,
    "\n  mutation ProposeForPreview($input: ProposeInitiativeInput!) {\n    proposeInitiative(input: $input) {\n      id\n      bodyHtml\n    }\n  }\n": types.ProposeForPreviewDocument,
    "\n  mutation CommentForPreview($input: CommentInput!) {\n    commentOnInitiative(input: $input) {\n      id\n      bodyHtml\n    }\n  }\n": types.CommentForPreviewDocument,
    "\n  mutation SetMailChoice($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      emailFrequency\n      timeZone\n    }\n  }\n": types.SetMailChoiceDocument,
    "\n  query MyMailChoice {\n    me {\n      id\n      emailFrequency\n      timeZone\n    }\n  }\n": types.MyMailChoiceDocument,
    "\n  query SomeoneElsesMailChoice {\n    initiatives(first: 1) {\n      nodes {\n        author {\n          id\n          emailFrequency\n          timeZone\n        }\n      }\n    }\n  }\n": types.SomeoneElsesMailChoiceDocument,
    "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        message\n        readAt\n        initiative {\n          id\n        }\n        actor {\n          id\n        }\n      }\n    }\n    unreadNotificationCount\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query Leaderboard($spaceId: ID, $from: DateTime, $first: Int) {\n    leaderboard(spaceId: $spaceId, from: $from, first: $first) {\n      user {\n        id\n      }\n      implementedCount\n      awardCount\n      votesReceived\n    }\n  }\n": types.LeaderboardDocument,
    "\n  query Profile($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      email\n      awards {\n        citation\n        initiative {\n          id\n        }\n      }\n    }\n  }\n": types.ProfileDocument,
    "\n  query AwaitingQueue($filter: InitiativeFilter, $after: String) {\n    initiatives(filter: $filter, sort: OLDEST, first: 1, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        createdAt\n        responseDueAt\n      }\n    }\n  }\n": types.AwaitingQueueDocument,
    "\n  mutation RateInitiative($input: RateInput!) {\n    rateInitiative(input: $input) {\n      id\n      ratingAverage\n      ratingCount\n      viewerRating\n      needsReview\n    }\n  }\n": types.RateInitiativeDocument,
    "\n  query ReviewState($id: ID!) {\n    initiative(id: $id) {\n      needsReview\n      ratingCount\n      ratingAverage\n    }\n  }\n": types.ReviewStateDocument,
    "\n  query NeedingReview {\n    initiatives(filter: { needsReview: true }, first: 100) {\n      nodes {\n        needsReview\n      }\n    }\n  }\n": types.NeedingReviewDocument,
    "\n  query SpaceParticipants {\n    spaces {\n      id\n      memberCount\n      participantCount\n    }\n  }\n": types.SpaceParticipantsDocument,
    "\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n      slug\n      name\n      kind\n      access\n      responseSlaDays\n      reviewBelowAverage\n      reviewMinRatings\n      memberCount\n      viewerIsMember\n    }\n  }\n": types.CreateSpaceDocument,
    "\n  mutation AddSpaceMember($spaceId: ID!, $userId: ID!) {\n    addSpaceMember(spaceId: $spaceId, userId: $userId) {\n      id\n      memberCount\n    }\n  }\n": types.AddSpaceMemberDocument,
    "\n  mutation RemoveSpaceMember($spaceId: ID!, $userId: ID!) {\n    removeSpaceMember(spaceId: $spaceId, userId: $userId) {\n      id\n      memberCount\n    }\n  }\n": types.RemoveSpaceMemberDocument,
    "\n  query SpaceMembers($id: ID) {\n    space(id: $id) {\n      memberCount\n      viewerIsMember\n      members {\n        id\n      }\n    }\n  }\n": types.SpaceMembersDocument,
    "\n  query SpaceByIdOrSlug($id: ID, $slug: String) {\n    space(id: $id, slug: $slug) {\n      id\n    }\n  }\n": types.SpaceByIdOrSlugDocument,
    "\n  query SpaceNames {\n    spaces {\n      name\n    }\n  }\n": types.SpaceNamesDocument,
    "\n  query VisibleSpaces {\n    spaces {\n      id\n    }\n  }\n": types.VisibleSpacesDocument,
    "\n  query SpaceById($id: ID) {\n    space(id: $id) {\n      id\n    }\n  }\n": types.SpaceByIdDocument,
    "\n  query SpaceBySlug($slug: String) {\n    space(slug: $slug) {\n      id\n    }\n  }\n": types.SpaceBySlugDocument,
    "\n  query VisibleInitiative($id: ID!) {\n    initiative(id: $id) {\n      id\n      title\n    }\n  }\n": types.VisibleInitiativeDocument,
    "\n  query SpaceFeed($spaceId: ID) {\n    initiatives(filter: { spaceId: $spaceId }) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": types.SpaceFeedDocument,
    "\n  query EveryVisibleInitiative {\n    initiatives(first: 100) {\n      totalCount\n      nodes {\n        id\n        space {\n          id\n        }\n      }\n    }\n  }\n": types.EveryVisibleInitiativeDocument,
    "\n  mutation ProposeInSpace($input: ProposeInitiativeInput!) {\n    proposeInitiative(input: $input) {\n      id\n      space {\n        id\n      }\n    }\n  }\n": types.ProposeInSpaceDocument,
    "\n  query SsoSignInOptions {\n    signInOptions {\n      passwordSignIn\n      singleSignOn {\n        name\n        loginUrl\n      }\n    }\n  }\n": types.SsoSignInOptionsDocument,
    "\n  mutation SsoPasswordSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.SsoPasswordSignInDocument,
    "\n  mutation SsoPasswordSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.SsoPasswordSignUpDocument,
    "\n  mutation ImportUsers($csv: String!, $dryRun: Boolean) {\n    importUsers(csv: $csv, dryRun: $dryRun) {\n      created\n      updated\n      unchanged\n      errors {\n        line\n        message\n      }\n    }\n  }\n": types.ImportUsersDocument,
    "\n  query ImportedRole {\n    me {\n      role\n    }\n  }\n": types.ImportedRoleDocument,
    "\n  mutation WelcomeReset($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      user {\n        email\n      }\n    }\n  }\n": types.WelcomeResetDocument,
    "\n  query ImportAudit {\n    auditLog(action: \"USERS_IMPORTED\") {\n      nodes {\n        details\n      }\n    }\n  }\n": types.ImportAuditDocument,
    "\n  mutation ChangeUserRole($id: ID!, $role: Role!) {\n    changeUserRole(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n": types.ChangeUserRoleDocument,
    "\n  mutation DeactivateForAdministration($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      deactivatedAt\n    }\n  }\n": types.DeactivateForAdministrationDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      deactivatedAt\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  mutation UpdateSpace($input: UpdateSpaceInput!) {\n    updateSpace(input: $input) {\n      id\n      name\n      description\n      kind\n      access\n      responseSlaDays\n      reviewBelowAverage\n      reviewMinRatings\n    }\n  }\n": types.UpdateSpaceDocument,
    "\n  query OwnRole {\n    me {\n      id\n      role\n    }\n  }\n": types.OwnRoleDocument,
    "\n  mutation SignInAfterReactivation($email: String!, $password: String!) {\n    signIn(input: { email: $email, password: $password }) {\n      token\n    }\n  }\n": types.SignInAfterReactivationDocument,
    "\n  query LastAuditEntry {\n    auditLog(first: 1) {\n      nodes {\n        action\n        targetId\n        details\n      }\n    }\n  }\n": types.LastAuditEntryDocument,
    "\n  query SpaceKindAndName($id: ID) {\n    space(id: $id) {\n      name\n      kind\n    }\n  }\n": types.SpaceKindAndNameDocument,
    "\n  query UsersByRole($role: Role, $search: String) {\n    users(role: $role, search: $search, first: 100) {\n      totalCount\n      nodes {\n        id\n        role\n        deactivatedAt\n      }\n    }\n  }\n": types.UsersByRoleDocument,
    "\n  query CustomerVoiceReport($spaceId: ID, $from: DateTime, $to: DateTime) {\n    customerVoice(spaceId: $spaceId, from: $from, to: $to) {\n      from\n      to\n      space {\n        id\n      }\n      counts {\n        proposed\n        answered\n        implemented\n        votes\n        comments\n      }\n      newCustomerInitiatives {\n        title\n      }\n      newCustomerInitiativeCount\n      mostSupported {\n        title\n      }\n      mostSupportedWithVotes {\n        initiative {\n          title\n        }\n        votes\n      }\n      overdue {\n        title\n        awaitingResponse\n      }\n      overdueCount\n      needingReview {\n        title\n      }\n      implemented {\n        title\n        implementedAt\n        followUpNote\n      }\n      customerQuotes {\n        body\n        author {\n          displayName\n        }\n        initiative {\n          title\n        }\n      }\n    }\n  }\n": types.CustomerVoiceReportDocument,
    "\n  query YouSaidWeDidPage($spaceId: ID!, $first: Int, $after: String) {\n    youSaidWeDid(spaceId: $spaceId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        title\n        status\n        implementedAt\n        followUpNote\n        voteCount\n      }\n    }\n  }\n": types.YouSaidWeDidPageDocument,
    "\n  mutation Vote($id: ID!) {\n    voteInitiative(initiativeId: $id) {\n      id\n      voteCount\n      viewerHasVoted\n      followerCount\n      viewerIsFollowing\n    }\n  }\n": types.VoteDocument,
    "\n  mutation Unvote($id: ID!) {\n    unvoteInitiative(initiativeId: $id) {\n      id\n      voteCount\n      viewerHasVoted\n      viewerIsFollowing\n    }\n  }\n": types.UnvoteDocument,
    "\n  mutation Follow($id: ID!) {\n    followInitiative(initiativeId: $id) {\n      followerCount\n      viewerIsFollowing\n    }\n  }\n": types.FollowDocument,
    "\n  mutation Unfollow($id: ID!) {\n    unfollowInitiative(initiativeId: $id) {\n      followerCount\n      viewerIsFollowing\n    }\n  }\n": types.UnfollowDocument,
    "\n  mutation ProposeAndFollow($input: ProposeInitiativeInput!) {\n    proposeInitiative(input: $input) {\n      id\n      followerCount\n      viewerIsFollowing\n    }\n  }\n": types.ProposeAndFollowDocument,
    "\n  mutation VoteInitiative($initiativeId: ID!) {\n    voteInitiative(initiativeId: $initiativeId) {\n      id\n      voteCount\n      viewerHasVoted\n    }\n  }\n": types.VoteInitiativeDocument,
    "\n  mutation ChangeInitiativeStatus($input: ChangeStatusInput!) {\n    changeInitiativeStatus(input: $input) {\n      id\n      status\n    }\n  }\n": types.ChangeInitiativeStatusDocument,
    "\n  mutation Propose($input: ProposeInitiativeInput!) {\n    proposeInitiative(input: $input) {\n      id\n    }\n  }\n": types.ProposeDocument,
    "\n  mutation FollowInitiative($initiativeId: ID!) {\n    followInitiative(initiativeId: $initiativeId) {\n      id\n      followerCount\n      viewerIsFollowing\n    }\n  }\n": types.FollowInitiativeDocument,
    "\n  mutation PostComment($input: CommentInput!) {\n    commentOnInitiative(input: $input) {\n      id\n    }\n  }\n": types.PostCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": types.DeleteCommentDocument,
    "\n  mutation HideComment($id: ID!) {\n    hideComment(id: $id) {\n      id\n      hidden\n    }\n  }\n": types.HideCommentDocument,
    "\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      id\n      hidden\n    }\n  }\n": types.UnhideCommentDocument,
    "\n  mutation CreateHeroAward {\n    createAward(input: { name: \"Customer hero\" }) {\n      id\n    }\n  }\n": types.CreateHeroAwardDocument,
    "\n  mutation GrantHeroAward($input: GrantAwardInput!) {\n    grantAward(input: $input) {\n      id\n    }\n  }\n": types.GrantHeroAwardDocument,
    "\n  mutation RevokeAwardGrant($id: ID!, $reason: String!) {\n    revokeAwardGrant(id: $id, reason: $reason) {\n      id\n      revokedAt\n      revokeReason\n    }\n  }\n": types.RevokeAwardGrantDocument,
    "\n  mutation WithdrawInitiative($id: ID!) {\n    withdrawInitiative(id: $id)\n  }\n": types.WithdrawInitiativeDocument,
    "\n  query FeedPage($filter: InitiativeFilter, $sort: InitiativeSort, $first: Int, $after: String) {\n    initiatives(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        voteCount\n      }\n    }\n  }\n": types.FeedPageDocument,
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
export function graphql(source: "\n  query AuditLog($first: Int, $after: String, $actorId: ID, $action: String) {\n    auditLog(first: $first, after: $after, actorId: $actorId, action: $action) {\n      nodes {\n        id\n        actor {\n          id\n        }\n        action\n        targetType\n        targetId\n        targetName\n        details\n        at\n        ip\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int, $after: String, $actorId: ID, $action: String) {\n    auditLog(first: $first, after: $after, actorId: $actorId, action: $action) {\n      nodes {\n        id\n        actor {\n          id\n        }\n        action\n        targetType\n        targetId\n        targetName\n        details\n        at\n        ip\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAuditedUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAuditedUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAuditedSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAuditedSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAuditedMember($spaceId: ID!, $userId: ID!) {\n    addSpaceMember(spaceId: $spaceId, userId: $userId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddAuditedMember($spaceId: ID!, $userId: ID!) {\n    addSpaceMember(spaceId: $spaceId, userId: $userId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAuditedMember($spaceId: ID!, $userId: ID!) {\n    removeSpaceMember(spaceId: $spaceId, userId: $userId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveAuditedMember($spaceId: ID!, $userId: ID!) {\n    removeSpaceMember(spaceId: $spaceId, userId: $userId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateAuditedUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateAuditedUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerAudited($input: ChangeStatusInput!) {\n    changeInitiativeStatus(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerAudited($input: ChangeStatusInput!) {\n    changeInitiativeStatus(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeAudited($input: MergeInput!) {\n    mergeInitiatives(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MergeAudited($input: MergeInput!) {\n    mergeInitiatives(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentToModerate($input: CommentInput!) {\n    commentOnInitiative(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CommentToModerate($input: CommentInput!) {\n    commentOnInitiative(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideAudited($id: ID!) {\n    hideComment(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation HideAudited($id: ID!) {\n    hideComment(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnhideAudited($id: ID!) {\n    unhideComment(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UnhideAudited($id: ID!) {\n    unhideComment(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAuditedAward($input: CreateAwardInput!) {\n    createAward(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAuditedAward($input: CreateAwardInput!) {\n    createAward(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantAudited($input: GrantAwardInput!) {\n    grantAward(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation GrantAudited($input: GrantAwardInput!) {\n    grantAward(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeAudited($id: ID!, $reason: String!) {\n    revokeAwardGrant(id: $id, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeAudited($id: ID!, $reason: String!) {\n    revokeAwardGrant(id: $id, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaunchAudited($input: LaunchChallengeInput!) {\n    launchChallenge(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LaunchAudited($input: LaunchChallengeInput!) {\n    launchChallenge(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n        email\n        role\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n        email\n        role\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      role\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      role\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      deactivatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      deactivatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      nodes {\n        id\n        displayName\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($first: Int, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      nodes {\n        id\n        displayName\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativeAuthor($id: ID!) {\n    initiative(id: $id) {\n      author {\n        id\n        email\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query InitiativeAuthor($id: ID!) {\n    initiative(id: $id) {\n      author {\n        id\n        email\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      token\n      user {\n        id\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      token\n      user {\n        id\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($current: String!, $next: String!) {\n    changePassword(currentPassword: $current, newPassword: $next)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($current: String!, $next: String!) {\n    changePassword(currentPassword: $current, newPassword: $next)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInWithPassword($email: String!, $password: String!) {\n    signIn(input: { email: $email, password: $password }) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation SignInWithPassword($email: String!, $password: String!) {\n    signIn(input: { email: $email, password: $password }) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoAmI {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query WhoAmI {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LimitedSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation LimitedSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LimitedSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LimitedSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAward($input: CreateAwardInput!) {\n    createAward(input: $input) {\n      id\n      name\n      description\n      createdBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAward($input: CreateAwardInput!) {\n    createAward(input: $input) {\n      id\n      name\n      description\n      createdBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantAward($input: GrantAwardInput!) {\n    grantAward(input: $input) {\n      id\n      citation\n      grantedAt\n      revokedAt\n      award {\n        name\n      }\n      initiative {\n        id\n      }\n      grantedBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GrantAward($input: GrantAwardInput!) {\n    grantAward(input: $input) {\n      id\n      citation\n      grantedAt\n      revokedAt\n      award {\n        name\n      }\n      initiative {\n        id\n      }\n      grantedBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HallOfFame($first: Int, $after: String) {\n    hallOfFame(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        citation\n        initiative {\n          id\n        }\n        award {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HallOfFame($first: Int, $after: String) {\n    hallOfFame(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        citation\n        initiative {\n          id\n        }\n        award {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativeAwards($id: ID!) {\n    initiative(id: $id) {\n      awards {\n        id\n        citation\n        award {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InitiativeAwards($id: ID!) {\n    initiative(id: $id) {\n      awards {\n        id\n        citation\n        award {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwardCatalogue {\n    awards {\n      name\n    }\n  }\n"): (typeof documents)["\n  query AwardCatalogue {\n    awards {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaunchChallenge($input: LaunchChallengeInput!) {\n    launchChallenge(input: $input) {\n      id\n      state\n      title\n      initiativeCount\n      space {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LaunchChallenge($input: LaunchChallengeInput!) {\n    launchChallenge(input: $input) {\n      id\n      state\n      title\n      initiativeCount\n      space {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Challenges($spaceId: ID) {\n    challenges(spaceId: $spaceId) {\n      id\n      state\n      initiativeCount\n    }\n  }\n"): (typeof documents)["\n  query Challenges($spaceId: ID) {\n    challenges(spaceId: $spaceId) {\n      id\n      state\n      initiativeCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      state\n      briefHtml\n    }\n  }\n"): (typeof documents)["\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      state\n      briefHtml\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeInChallenge($input: ProposeInitiativeInput!) {\n    proposeInitiative(input: $input) {\n      id\n      challenge {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeInChallenge($input: ProposeInitiativeInput!) {\n    proposeInitiative(input: $input) {\n      id\n      challenge {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChallengeNotifications {\n    notifications {\n      nodes {\n        kind\n        message\n        challenge {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChallengeNotifications {\n    notifications {\n      nodes {\n        kind\n        message\n        challenge {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChallengeFeedTotal($filter: InitiativeFilter) {\n    initiatives(filter: $filter) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ChallengeFeedTotal($filter: InitiativeFilter) {\n    initiatives(filter: $filter) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnInitiative($input: CommentInput!) {\n    commentOnInitiative(input: $input) {\n      id\n      body\n      bodyHtml\n      hidden\n      deleted\n      parent {\n        id\n      }\n      author {\n        id\n      }\n      initiative {\n        id\n        commentCount\n        viewerIsFollowing\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommentOnInitiative($input: CommentInput!) {\n    commentOnInitiative(input: $input) {\n      id\n      body\n      bodyHtml\n      hidden\n      deleted\n      parent {\n        id\n      }\n      author {\n        id\n      }\n      initiative {\n        id\n        commentCount\n        viewerIsFollowing\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      id\n      body\n      editedAt\n    }\n  }\n"): (typeof documents)["\n  mutation EditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      id\n      body\n      editedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentThread($id: ID!) {\n    initiative(id: $id) {\n      commentCount\n      comments {\n        id\n        body\n        hidden\n        deleted\n        replies {\n          id\n          body\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommentThread($id: ID!) {\n    initiative(id: $id) {\n      commentCount\n      comments {\n        id\n        body\n        hidden\n        deleted\n        replies {\n          id\n          body\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativePageComments($id: ID!) {\n    initiative(id: $id) {\n      id\n      comments {\n        id\n        bodyHtml\n        author {\n          displayName\n        }\n        replies {\n          id\n          author {\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InitiativePageComments($id: ID!) {\n    initiative(id: $id) {\n      id\n      comments {\n        id\n        bodyHtml\n        author {\n          displayName\n        }\n        replies {\n          id\n          author {\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemoSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DemoSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoSpaces {\n    spaces {\n      slug\n    }\n  }\n"): (typeof documents)["\n  query DemoSpaces {\n    spaces {\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoCustomerHome {\n    unreadNotificationCount\n    hallOfFame {\n      totalCount\n    }\n    challenges {\n      state\n    }\n  }\n"): (typeof documents)["\n  query DemoCustomerHome {\n    unreadNotificationCount\n    hallOfFame {\n      totalCount\n    }\n    challenges {\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowSpaceAs($spaceId: ID!, $notifyOnNewInitiatives: Boolean) {\n    followSpace(spaceId: $spaceId, notifyOnNewInitiatives: $notifyOnNewInitiatives) {\n      id\n      viewerIsFollowing\n      viewerNotifiesOnNewInitiatives\n    }\n  }\n"): (typeof documents)["\n  mutation FollowSpaceAs($spaceId: ID!, $notifyOnNewInitiatives: Boolean) {\n    followSpace(spaceId: $spaceId, notifyOnNewInitiatives: $notifyOnNewInitiatives) {\n      id\n      viewerIsFollowing\n      viewerNotifiesOnNewInitiatives\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowSpaceAs($spaceId: ID!) {\n    unfollowSpace(spaceId: $spaceId) {\n      id\n      viewerIsFollowing\n      viewerNotifiesOnNewInitiatives\n    }\n  }\n"): (typeof documents)["\n  mutation UnfollowSpaceAs($spaceId: ID!) {\n    unfollowSpace(spaceId: $spaceId) {\n      id\n      viewerIsFollowing\n      viewerNotifiesOnNewInitiatives\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceFollowing($id: ID!) {\n    space(id: $id) {\n      id\n      viewerIsFollowing\n      viewerNotifiesOnNewInitiatives\n    }\n  }\n"): (typeof documents)["\n  query SpaceFollowing($id: ID!) {\n    space(id: $id) {\n      id\n      viewerIsFollowing\n      viewerNotifiesOnNewInitiatives\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaunchChallengeForFollowers($input: LaunchChallengeInput!) {\n    launchChallenge(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LaunchChallengeForFollowers($input: LaunchChallengeInput!) {\n    launchChallenge(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedTotal($first: Int) {\n    initiatives(first: $first) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query FeedTotal($first: Int) {\n    initiatives(first: $first) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceIds {\n    spaces {\n      id\n    }\n  }\n"): (typeof documents)["\n  query SpaceIds {\n    spaces {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInForCookie($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation SignInForCookie($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativeById($id: ID!) {\n    initiative(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query InitiativeById($id: ID!) {\n    initiative(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnonymousSpaces {\n    spaces {\n      id\n    }\n  }\n"): (typeof documents)["\n  query AnonymousSpaces {\n    spaces {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebLikeFeed($filter: InitiativeFilter!, $sort: InitiativeSort!, $first: Int!, $after: String) {\n    initiatives(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalCountExact\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        status\n        orientation\n        tags\n        voteCount\n        commentCount\n        awaitingResponse\n        createdAt\n        author {\n          id\n          displayName\n        }\n        viewerHasVoted\n        viewerIsFollowing\n        followerCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebLikeFeed($filter: InitiativeFilter!, $sort: InitiativeSort!, $first: Int!, $after: String) {\n    initiatives(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalCountExact\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        status\n        orientation\n        tags\n        voteCount\n        commentCount\n        awaitingResponse\n        createdAt\n        author {\n          id\n          displayName\n        }\n        viewerHasVoted\n        viewerIsFollowing\n        followerCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedTotals($filter: InitiativeFilter) {\n    initiatives(filter: $filter, first: 1) {\n      totalCount\n      totalCountExact\n    }\n  }\n"): (typeof documents)["\n  query FeedTotals($filter: InitiativeFilter) {\n    initiatives(filter: $filter, first: 1) {\n      totalCount\n      totalCountExact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeForTotals($input: MergeInput!) {\n    mergeInitiatives(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MergeForTotals($input: MergeInput!) {\n    mergeInitiatives(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoredBody($id: ID!) {\n    initiative(id: $id) {\n      body\n      bodyHtml\n    }\n  }\n"): (typeof documents)["\n  query StoredBody($id: ID!) {\n    initiative(id: $id) {\n      body\n      bodyHtml\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedBodies($filter: InitiativeFilter!) {\n    initiatives(filter: $filter, first: 50) {\n      nodes {\n        id\n        bodyHtml\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedBodies($filter: InitiativeFilter!) {\n    initiatives(filter: $filter, first: 50) {\n      nodes {\n        id\n        bodyHtml\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnvoteInitiative($initiativeId: ID!) {\n    unvoteInitiative(initiativeId: $initiativeId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UnvoteInitiative($initiativeId: ID!) {\n    unvoteInitiative(initiativeId: $initiativeId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeInitiative($input: ProposeInitiativeInput!) {\n    proposeInitiative(input: $input) {\n      id\n      title\n      body\n      orientation\n      tags\n      status\n      voteCount\n      commentCount\n      followerCount\n      awaitingResponse\n      author {\n        id\n      }\n      space {\n        id\n      }\n      createdAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeInitiative($input: ProposeInitiativeInput!) {\n    proposeInitiative(input: $input) {\n      id\n      title\n      body\n      orientation\n      tags\n      status\n      voteCount\n      commentCount\n      followerCount\n      awaitingResponse\n      author {\n        id\n      }\n      space {\n        id\n      }\n      createdAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativeTitle($id: ID!) {\n    initiative(id: $id) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  query InitiativeTitle($id: ID!) {\n    initiative(id: $id) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativeAwaitingResponse($id: ID!) {\n    initiative(id: $id) {\n      awaitingResponse\n    }\n  }\n"): (typeof documents)["\n  query InitiativeAwaitingResponse($id: ID!) {\n    initiative(id: $id) {\n      awaitingResponse\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativeFeed($filter: InitiativeFilter, $first: Int, $after: String) {\n    initiatives(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        tags\n        status\n        awaitingResponse\n        author {\n          id\n          displayName\n        }\n        space {\n          id\n          name\n        }\n        statusHistory {\n          to\n          note\n          by {\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InitiativeFeed($filter: InitiativeFilter, $first: Int, $after: String) {\n    initiatives(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        tags\n        status\n        awaitingResponse\n        author {\n          id\n          displayName\n        }\n        space {\n          id\n          name\n        }\n        statusHistory {\n          to\n          note\n          by {\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeInitiatives($input: MergeInput!) {\n    mergeInitiatives(input: $input) {\n      id\n      voteCount\n      followerCount\n    }\n  }\n"): (typeof documents)["\n  mutation MergeInitiatives($input: MergeInput!) {\n    mergeInitiatives(input: $input) {\n      id\n      voteCount\n      followerCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergedInitiative($id: ID!) {\n    initiative(id: $id) {\n      status\n      voteCount\n      followerCount\n      viewerHasVoted\n      mergedInto {\n        id\n      }\n      statusHistory {\n        to\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query MergedInitiative($id: ID!) {\n    initiative(id: $id) {\n      status\n      voteCount\n      followerCount\n      viewerHasVoted\n      mergedInto {\n        id\n      }\n      statusHistory {\n        to\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarInitiatives($spaceId: ID!, $text: String!, $first: Int) {\n    similarInitiatives(spaceId: $spaceId, text: $text, first: $first) {\n      id\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  query SimilarInitiatives($spaceId: ID!, $text: String!, $first: Int) {\n    similarInitiatives(spaceId: $spaceId, text: $text, first: $first) {\n      id\n      title\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveInitiative($input: ChangeStatusInput!) {\n    changeInitiativeStatus(input: $input) {\n      id\n      status\n      awaitingResponse\n      statusHistory {\n        from\n        to\n        note\n        at\n        by {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveInitiative($input: ChangeStatusInput!) {\n    changeInitiativeStatus(input: $input) {\n      id\n      status\n      awaitingResponse\n      statusHistory {\n        from\n        to\n        note\n        at\n        by {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditInitiative($input: EditInitiativeInput!) {\n    editInitiative(input: $input) {\n      id\n      title\n      body\n      orientation\n      tags\n    }\n  }\n"): (typeof documents)["\n  mutation EditInitiative($input: EditInitiativeInput!) {\n    editInitiative(input: $input) {\n      id\n      title\n      body\n      orientation\n      tags\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatusHistory($id: ID!) {\n    initiative(id: $id) {\n      status\n      statusHistory {\n        from\n        to\n        note\n        by {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatusHistory($id: ID!) {\n    initiative(id: $id) {\n      status\n      statusHistory {\n        from\n        to\n        note\n        by {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwaitingFeed($filter: InitiativeFilter) {\n    initiatives(filter: $filter) {\n      totalCount\n      nodes {\n        id\n        awaitingResponse\n      }\n    }\n  }\n"): (typeof documents)["\n  query AwaitingFeed($filter: InitiativeFilter) {\n    initiatives(filter: $filter) {\n      totalCount\n      nodes {\n        id\n        awaitingResponse\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsAwaitingResponse($id: ID!) {\n    initiative(id: $id) {\n      awaitingResponse\n    }\n  }\n"): (typeof documents)["\n  query IsAwaitingResponse($id: ID!) {\n    initiative(id: $id) {\n      awaitingResponse\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Insights($spaceId: ID, $from: DateTime, $to: DateTime) {\n    insights(spaceId: $spaceId, from: $from, to: $to) {\n      initiativesByStatus {\n        status\n        count\n      }\n      medianHoursToFirstResponse\n      answeredWithinSlaRatio\n      awaitingResponseCount\n      contributorsByRole {\n        role\n        count\n      }\n      topInitiatives {\n        id\n      }\n      awardsGranted\n    }\n  }\n"): (typeof documents)["\n  query Insights($spaceId: ID, $from: DateTime, $to: DateTime) {\n    insights(spaceId: $spaceId, from: $from, to: $to) {\n      initiativesByStatus {\n        status\n        count\n      }\n      medianHoursToFirstResponse\n      answeredWithinSlaRatio\n      awaitingResponseCount\n      contributorsByRole {\n        role\n        count\n      }\n      topInitiatives {\n        id\n      }\n      awardsGranted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToSpace($spaceId: ID!, $emails: [String!]!) {\n    inviteToSpace(spaceId: $spaceId, emails: $emails) {\n      id\n      email\n      space {\n        id\n      }\n      invitedBy {\n        id\n      }\n      createdAt\n      expiresAt\n      acceptedAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation InviteToSpace($spaceId: ID!, $emails: [String!]!) {\n    inviteToSpace(spaceId: $spaceId, emails: $emails) {\n      id\n      email\n      space {\n        id\n      }\n      invitedBy {\n        id\n      }\n      createdAt\n      expiresAt\n      acceptedAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingInvitations($spaceId: ID!) {\n    invitations(spaceId: $spaceId) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  query PendingInvitations($spaceId: ID!) {\n    invitations(spaceId: $spaceId) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      viewerIsMember\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      viewerIsMember\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUpWithInvitation($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUpWithInvitation($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user {\n        id\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitedSpace($id: ID) {\n    space(id: $id) {\n      id\n      viewerIsMember\n    }\n  }\n"): (typeof documents)["\n  query InvitedSpace($id: ID) {\n    space(id: $id) {\n      id\n      viewerIsMember\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationAudit {\n    auditLog(first: 2) {\n      nodes {\n        action\n        targetId\n        actor {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvitationAudit {\n    auditLog(first: 2) {\n      nodes {\n        action\n        targetId\n        actor {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationLink($token: String!) {\n    invitation(token: $token) {\n      email\n      spaceName\n      spaceSlug\n      spaceKind\n      state\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query InvitationLink($token: String!) {\n    invitation(token: $token) {\n      email\n      spaceName\n      spaceSlug\n      spaceKind\n      state\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    subscription FanOutUpdates($id: ID!) {\n      initiativeUpdated(id: $id) {\n        id\n        voteCount\n        viewerHasVoted\n        space {\n          id\n        }\n        author {\n          displayName\n        }\n      }\n    }\n  "): (typeof documents)["\n    subscription FanOutUpdates($id: ID!) {\n      initiativeUpdated(id: $id) {\n        id\n        voteCount\n        viewerHasVoted\n        space {\n          id\n        }\n        author {\n          displayName\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedDuringFanOut {\n    initiatives(first: 20) {\n      nodes {\n        id\n        title\n        voteCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedDuringFanOut {\n    initiatives(first: 20) {\n      nodes {\n        id\n        title\n        voteCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutNow {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOutNow {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    subscription NotificationsForLimits {\n      notificationAdded {\n        id\n      }\n    }\n  "): (typeof documents)["\n    subscription NotificationsForLimits {\n      notificationAdded {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FanOutNotification {\n    notificationAdded {\n      message\n    }\n  }\n"): (typeof documents)["\n  subscription FanOutNotification {\n    notificationAdded {\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription InitiativeUpdatedHistory($id: ID!) {\n    initiativeUpdated(id: $id) {\n      voteCount\n      statusHistory {\n        to\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription InitiativeUpdatedHistory($id: ID!) {\n    initiativeUpdated(id: $id) {\n      voteCount\n      statusHistory {\n        to\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      kind\n      message\n      initiative {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      kind\n      message\n      initiative {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription InitiativeUpdated($id: ID!) {\n    initiativeUpdated(id: $id) {\n      id\n      voteCount\n      status\n    }\n  }\n"): (typeof documents)["\n  subscription InitiativeUpdated($id: ID!) {\n    initiativeUpdated(id: $id) {\n      id\n      voteCount\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outbox($first: Int, $after: String) {\n    outbox(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        to\n        subject\n        kind\n        state\n        attempts\n        createdAt\n        sentAt\n        lastError\n      }\n    }\n  }\n"): (typeof documents)["\n  query Outbox($first: Int, $after: String) {\n    outbox(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        to\n        subject\n        kind\n        state\n        attempts\n        createdAt\n        sentAt\n        lastError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarkdownPreview($markdown: String!) {\n    markdownPreview(markdown: $markdown)\n  }\n"): (typeof documents)["\n  query MarkdownPreview($markdown: String!) {\n    markdownPreview(markdown: $markdown)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeForPreview($input: ProposeInitiativeInput!) {\n    proposeInitiative(input: $input) {\n      id\n      bodyHtml\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeForPreview($input: ProposeInitiativeInput!) {\n    proposeInitiative(input: $input) {\n      id\n      bodyHtml\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentForPreview($input: CommentInput!) {\n    commentOnInitiative(input: $input) {\n      id\n      bodyHtml\n    }\n  }\n"): (typeof documents)["\n  mutation CommentForPreview($input: CommentInput!) {\n    commentOnInitiative(input: $input) {\n      id\n      bodyHtml\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMailChoice($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      emailFrequency\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  mutation SetMailChoice($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      emailFrequency\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMailChoice {\n    me {\n      id\n      emailFrequency\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query MyMailChoice {\n    me {\n      id\n      emailFrequency\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SomeoneElsesMailChoice {\n    initiatives(first: 1) {\n      nodes {\n        author {\n          id\n          emailFrequency\n          timeZone\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SomeoneElsesMailChoice {\n    initiatives(first: 1) {\n      nodes {\n        author {\n          id\n          emailFrequency\n          timeZone\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        message\n        readAt\n        initiative {\n          id\n        }\n        actor {\n          id\n        }\n      }\n    }\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        message\n        readAt\n        initiative {\n          id\n        }\n        actor {\n          id\n        }\n      }\n    }\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Leaderboard($spaceId: ID, $from: DateTime, $first: Int) {\n    leaderboard(spaceId: $spaceId, from: $from, first: $first) {\n      user {\n        id\n      }\n      implementedCount\n      awardCount\n      votesReceived\n    }\n  }\n"): (typeof documents)["\n  query Leaderboard($spaceId: ID, $from: DateTime, $first: Int) {\n    leaderboard(spaceId: $spaceId, from: $from, first: $first) {\n      user {\n        id\n      }\n      implementedCount\n      awardCount\n      votesReceived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Profile($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      email\n      awards {\n        citation\n        initiative {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Profile($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      email\n      awards {\n        citation\n        initiative {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwaitingQueue($filter: InitiativeFilter, $after: String) {\n    initiatives(filter: $filter, sort: OLDEST, first: 1, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        createdAt\n        responseDueAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AwaitingQueue($filter: InitiativeFilter, $after: String) {\n    initiatives(filter: $filter, sort: OLDEST, first: 1, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        createdAt\n        responseDueAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateInitiative($input: RateInput!) {\n    rateInitiative(input: $input) {\n      id\n      ratingAverage\n      ratingCount\n      viewerRating\n      needsReview\n    }\n  }\n"): (typeof documents)["\n  mutation RateInitiative($input: RateInput!) {\n    rateInitiative(input: $input) {\n      id\n      ratingAverage\n      ratingCount\n      viewerRating\n      needsReview\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewState($id: ID!) {\n    initiative(id: $id) {\n      needsReview\n      ratingCount\n      ratingAverage\n    }\n  }\n"): (typeof documents)["\n  query ReviewState($id: ID!) {\n    initiative(id: $id) {\n      needsReview\n      ratingCount\n      ratingAverage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedingReview {\n    initiatives(filter: { needsReview: true }, first: 100) {\n      nodes {\n        needsReview\n      }\n    }\n  }\n"): (typeof documents)["\n  query NeedingReview {\n    initiatives(filter: { needsReview: true }, first: 100) {\n      nodes {\n        needsReview\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceParticipants {\n    spaces {\n      id\n      memberCount\n      participantCount\n    }\n  }\n"): (typeof documents)["\n  query SpaceParticipants {\n    spaces {\n      id\n      memberCount\n      participantCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n      slug\n      name\n      kind\n      access\n      responseSlaDays\n      reviewBelowAverage\n      reviewMinRatings\n      memberCount\n      viewerIsMember\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n      slug\n      name\n      kind\n      access\n      responseSlaDays\n      reviewBelowAverage\n      reviewMinRatings\n      memberCount\n      viewerIsMember\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSpaceMember($spaceId: ID!, $userId: ID!) {\n    addSpaceMember(spaceId: $spaceId, userId: $userId) {\n      id\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation AddSpaceMember($spaceId: ID!, $userId: ID!) {\n    addSpaceMember(spaceId: $spaceId, userId: $userId) {\n      id\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSpaceMember($spaceId: ID!, $userId: ID!) {\n    removeSpaceMember(spaceId: $spaceId, userId: $userId) {\n      id\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveSpaceMember($spaceId: ID!, $userId: ID!) {\n    removeSpaceMember(spaceId: $spaceId, userId: $userId) {\n      id\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceMembers($id: ID) {\n    space(id: $id) {\n      memberCount\n      viewerIsMember\n      members {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query SpaceMembers($id: ID) {\n    space(id: $id) {\n      memberCount\n      viewerIsMember\n      members {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceByIdOrSlug($id: ID, $slug: String) {\n    space(id: $id, slug: $slug) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query SpaceByIdOrSlug($id: ID, $slug: String) {\n    space(id: $id, slug: $slug) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceNames {\n    spaces {\n      name\n    }\n  }\n"): (typeof documents)["\n  query SpaceNames {\n    spaces {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibleSpaces {\n    spaces {\n      id\n    }\n  }\n"): (typeof documents)["\n  query VisibleSpaces {\n    spaces {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceById($id: ID) {\n    space(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query SpaceById($id: ID) {\n    space(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceBySlug($slug: String) {\n    space(slug: $slug) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query SpaceBySlug($slug: String) {\n    space(slug: $slug) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibleInitiative($id: ID!) {\n    initiative(id: $id) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  query VisibleInitiative($id: ID!) {\n    initiative(id: $id) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceFeed($spaceId: ID) {\n    initiatives(filter: { spaceId: $spaceId }) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query SpaceFeed($spaceId: ID) {\n    initiatives(filter: { spaceId: $spaceId }) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EveryVisibleInitiative {\n    initiatives(first: 100) {\n      totalCount\n      nodes {\n        id\n        space {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EveryVisibleInitiative {\n    initiatives(first: 100) {\n      totalCount\n      nodes {\n        id\n        space {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeInSpace($input: ProposeInitiativeInput!) {\n    proposeInitiative(input: $input) {\n      id\n      space {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeInSpace($input: ProposeInitiativeInput!) {\n    proposeInitiative(input: $input) {\n      id\n      space {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsoSignInOptions {\n    signInOptions {\n      passwordSignIn\n      singleSignOn {\n        name\n        loginUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query SsoSignInOptions {\n    signInOptions {\n      passwordSignIn\n      singleSignOn {\n        name\n        loginUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SsoPasswordSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SsoPasswordSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SsoPasswordSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SsoPasswordSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportUsers($csv: String!, $dryRun: Boolean) {\n    importUsers(csv: $csv, dryRun: $dryRun) {\n      created\n      updated\n      unchanged\n      errors {\n        line\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportUsers($csv: String!, $dryRun: Boolean) {\n    importUsers(csv: $csv, dryRun: $dryRun) {\n      created\n      updated\n      unchanged\n      errors {\n        line\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportedRole {\n    me {\n      role\n    }\n  }\n"): (typeof documents)["\n  query ImportedRole {\n    me {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WelcomeReset($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      user {\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WelcomeReset($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      user {\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportAudit {\n    auditLog(action: \"USERS_IMPORTED\") {\n      nodes {\n        details\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportAudit {\n    auditLog(action: \"USERS_IMPORTED\") {\n      nodes {\n        details\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeUserRole($id: ID!, $role: Role!) {\n    changeUserRole(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeUserRole($id: ID!, $role: Role!) {\n    changeUserRole(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateForAdministration($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      deactivatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateForAdministration($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      deactivatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      deactivatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      deactivatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSpace($input: UpdateSpaceInput!) {\n    updateSpace(input: $input) {\n      id\n      name\n      description\n      kind\n      access\n      responseSlaDays\n      reviewBelowAverage\n      reviewMinRatings\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSpace($input: UpdateSpaceInput!) {\n    updateSpace(input: $input) {\n      id\n      name\n      description\n      kind\n      access\n      responseSlaDays\n      reviewBelowAverage\n      reviewMinRatings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnRole {\n    me {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  query OwnRole {\n    me {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInAfterReactivation($email: String!, $password: String!) {\n    signIn(input: { email: $email, password: $password }) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation SignInAfterReactivation($email: String!, $password: String!) {\n    signIn(input: { email: $email, password: $password }) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LastAuditEntry {\n    auditLog(first: 1) {\n      nodes {\n        action\n        targetId\n        details\n      }\n    }\n  }\n"): (typeof documents)["\n  query LastAuditEntry {\n    auditLog(first: 1) {\n      nodes {\n        action\n        targetId\n        details\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceKindAndName($id: ID) {\n    space(id: $id) {\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query SpaceKindAndName($id: ID) {\n    space(id: $id) {\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersByRole($role: Role, $search: String) {\n    users(role: $role, search: $search, first: 100) {\n      totalCount\n      nodes {\n        id\n        role\n        deactivatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query UsersByRole($role: Role, $search: String) {\n    users(role: $role, search: $search, first: 100) {\n      totalCount\n      nodes {\n        id\n        role\n        deactivatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerVoiceReport($spaceId: ID, $from: DateTime, $to: DateTime) {\n    customerVoice(spaceId: $spaceId, from: $from, to: $to) {\n      from\n      to\n      space {\n        id\n      }\n      counts {\n        proposed\n        answered\n        implemented\n        votes\n        comments\n      }\n      newCustomerInitiatives {\n        title\n      }\n      newCustomerInitiativeCount\n      mostSupported {\n        title\n      }\n      mostSupportedWithVotes {\n        initiative {\n          title\n        }\n        votes\n      }\n      overdue {\n        title\n        awaitingResponse\n      }\n      overdueCount\n      needingReview {\n        title\n      }\n      implemented {\n        title\n        implementedAt\n        followUpNote\n      }\n      customerQuotes {\n        body\n        author {\n          displayName\n        }\n        initiative {\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerVoiceReport($spaceId: ID, $from: DateTime, $to: DateTime) {\n    customerVoice(spaceId: $spaceId, from: $from, to: $to) {\n      from\n      to\n      space {\n        id\n      }\n      counts {\n        proposed\n        answered\n        implemented\n        votes\n        comments\n      }\n      newCustomerInitiatives {\n        title\n      }\n      newCustomerInitiativeCount\n      mostSupported {\n        title\n      }\n      mostSupportedWithVotes {\n        initiative {\n          title\n        }\n        votes\n      }\n      overdue {\n        title\n        awaitingResponse\n      }\n      overdueCount\n      needingReview {\n        title\n      }\n      implemented {\n        title\n        implementedAt\n        followUpNote\n      }\n      customerQuotes {\n        body\n        author {\n          displayName\n        }\n        initiative {\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YouSaidWeDidPage($spaceId: ID!, $first: Int, $after: String) {\n    youSaidWeDid(spaceId: $spaceId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        title\n        status\n        implementedAt\n        followUpNote\n        voteCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query YouSaidWeDidPage($spaceId: ID!, $first: Int, $after: String) {\n    youSaidWeDid(spaceId: $spaceId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        title\n        status\n        implementedAt\n        followUpNote\n        voteCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Vote($id: ID!) {\n    voteInitiative(initiativeId: $id) {\n      id\n      voteCount\n      viewerHasVoted\n      followerCount\n      viewerIsFollowing\n    }\n  }\n"): (typeof documents)["\n  mutation Vote($id: ID!) {\n    voteInitiative(initiativeId: $id) {\n      id\n      voteCount\n      viewerHasVoted\n      followerCount\n      viewerIsFollowing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unvote($id: ID!) {\n    unvoteInitiative(initiativeId: $id) {\n      id\n      voteCount\n      viewerHasVoted\n      viewerIsFollowing\n    }\n  }\n"): (typeof documents)["\n  mutation Unvote($id: ID!) {\n    unvoteInitiative(initiativeId: $id) {\n      id\n      voteCount\n      viewerHasVoted\n      viewerIsFollowing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Follow($id: ID!) {\n    followInitiative(initiativeId: $id) {\n      followerCount\n      viewerIsFollowing\n    }\n  }\n"): (typeof documents)["\n  mutation Follow($id: ID!) {\n    followInitiative(initiativeId: $id) {\n      followerCount\n      viewerIsFollowing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unfollow($id: ID!) {\n    unfollowInitiative(initiativeId: $id) {\n      followerCount\n      viewerIsFollowing\n    }\n  }\n"): (typeof documents)["\n  mutation Unfollow($id: ID!) {\n    unfollowInitiative(initiativeId: $id) {\n      followerCount\n      viewerIsFollowing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeAndFollow($input: ProposeInitiativeInput!) {\n    proposeInitiative(input: $input) {\n      id\n      followerCount\n      viewerIsFollowing\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeAndFollow($input: ProposeInitiativeInput!) {\n    proposeInitiative(input: $input) {\n      id\n      followerCount\n      viewerIsFollowing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteInitiative($initiativeId: ID!) {\n    voteInitiative(initiativeId: $initiativeId) {\n      id\n      voteCount\n      viewerHasVoted\n    }\n  }\n"): (typeof documents)["\n  mutation VoteInitiative($initiativeId: ID!) {\n    voteInitiative(initiativeId: $initiativeId) {\n      id\n      voteCount\n      viewerHasVoted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeInitiativeStatus($input: ChangeStatusInput!) {\n    changeInitiativeStatus(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeInitiativeStatus($input: ChangeStatusInput!) {\n    changeInitiativeStatus(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Propose($input: ProposeInitiativeInput!) {\n    proposeInitiative(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation Propose($input: ProposeInitiativeInput!) {\n    proposeInitiative(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowInitiative($initiativeId: ID!) {\n    followInitiative(initiativeId: $initiativeId) {\n      id\n      followerCount\n      viewerIsFollowing\n    }\n  }\n"): (typeof documents)["\n  mutation FollowInitiative($initiativeId: ID!) {\n    followInitiative(initiativeId: $initiativeId) {\n      id\n      followerCount\n      viewerIsFollowing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostComment($input: CommentInput!) {\n    commentOnInitiative(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PostComment($input: CommentInput!) {\n    commentOnInitiative(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideComment($id: ID!) {\n    hideComment(id: $id) {\n      id\n      hidden\n    }\n  }\n"): (typeof documents)["\n  mutation HideComment($id: ID!) {\n    hideComment(id: $id) {\n      id\n      hidden\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      id\n      hidden\n    }\n  }\n"): (typeof documents)["\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      id\n      hidden\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateHeroAward {\n    createAward(input: { name: \"Customer hero\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateHeroAward {\n    createAward(input: { name: \"Customer hero\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantHeroAward($input: GrantAwardInput!) {\n    grantAward(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation GrantHeroAward($input: GrantAwardInput!) {\n    grantAward(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeAwardGrant($id: ID!, $reason: String!) {\n    revokeAwardGrant(id: $id, reason: $reason) {\n      id\n      revokedAt\n      revokeReason\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeAwardGrant($id: ID!, $reason: String!) {\n    revokeAwardGrant(id: $id, reason: $reason) {\n      id\n      revokedAt\n      revokeReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawInitiative($id: ID!) {\n    withdrawInitiative(id: $id)\n  }\n"): (typeof documents)["\n  mutation WithdrawInitiative($id: ID!) {\n    withdrawInitiative(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedPage($filter: InitiativeFilter, $sort: InitiativeSort, $first: Int, $after: String) {\n    initiatives(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        voteCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedPage($filter: InitiativeFilter, $sort: InitiativeSort, $first: Int, $after: String) {\n    initiatives(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        voteCount\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;