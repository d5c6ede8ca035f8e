// Generated from /openapi.json by openapi-typescript (`npm run docs`); a test fails when it is out of date.

export interface paths {
    "/v1/flows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a flow (sign_in, sign_up, recovery, connect) */
        post: operations["postFlows"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flows/{flowId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A flow's current step
         * @description A connect finished within `flowResultRetentionSeconds` comes back with its `result` (credential included): the flow id is its owner's proof.
         */
        get: operations["getFlowsByFlowId"];
        put?: never;
        /**
         * Submit the current step
         * @description A rejected submission returns the flow with `error` set and the status of its code.
         */
        post: operations["postFlowsByFlowId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in account and its second factors */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the password (signs out other sessions) */
        post: operations["postAccountPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/phone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add or change the SMS phone: sends a code */
        post: operations["postAccountPhone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/phone/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the SMS phone with the code sent to it */
        post: operations["postAccountPhoneVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/phone/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove the SMS phone (password required) */
        post: operations["postAccountPhoneRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start authenticator setup */
        post: operations["postAccountTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/totp/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finish authenticator setup with a code from the app */
        post: operations["postAccountTotpVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/totp/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove the authenticator (password required) */
        post: operations["postAccountTotpRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recent security events */
        get: operations["getAccountEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's live sessions */
        get: operations["getSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign this session out */
        post: operations["postSessionsSignOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/revoke-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out everywhere (this session too unless keepCurrent) */
        post: operations["postSessionsRevokeAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Sign one session out */
        delete: operations["deleteSessionsBySessionId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** License-token verification keys (JWKS) */
        get: operations["getKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The current license token for the device credential (re-issued, with a rotated credential, when it changed or aged)
         * @description The credential goes as `authorization: Bearer <credential>` with no body (what the SDK sends), or as the JSON body, never both.
         */
        post: operations["postCheckIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/disconnect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this app's connection (other apps on the device stay connected) */
        post: operations["postConnectionsDisconnect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's devices and their app connections */
        get: operations["getDevices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/devices/{deviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a device */
        patch: operations["patchDevicesByDeviceId"];
        trace?: never;
    };
    "/v1/devices/{deviceId}/disconnect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disconnect a device: its apps stop at their next check-in */
        post: operations["postDevicesByDeviceIdDisconnect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/redeem": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Redeem an activation code in the account */
        post: operations["postSubscriptionsRedeem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Subscriptions the account owns or shares */
        get: operations["getSubscriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite someone by email to share the subscription (owner only) */
        post: operations["postSubscriptionsByIdInvitations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who shares the subscription */
        get: operations["getSubscriptionsByIdMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/members/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member (the owner), or leave (a member removing themselves) */
        delete: operations["deleteSubscriptionsByIdMembersByAccountId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a family invitation with the signed-in account */
        post: operations["postInvitationsAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/passkeys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's passkeys */
        get: operations["getAccountPasskeys"];
        put?: never;
        /** Register a passkey: the credential the browser created, and its name */
        post: operations["postAccountPasskeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/passkeys/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start registering a passkey: options for navigator.credentials.create() */
        post: operations["postAccountPasskeysOptions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/passkeys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a passkey (the last strong factor only within minutes of signing in) */
        delete: operations["deleteAccountPasskeysById"];
        options?: never;
        head?: never;
        /** Rename a passkey */
        patch: operations["patchAccountPasskeysById"];
        trace?: never;
    };
    "/v1/passkeys/sign-in/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a passwordless sign-in: options for navigator.credentials.get() */
        post: operations["postPasskeysSignInOptions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/passkeys/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with a passkey alone (discoverable credential, user verification required) */
        post: operations["postPasskeysSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/device/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a device code (RFC 8628): a device without a keyboard connects through the portal
         * @description Show `user_code` and `verification_uri` (or a QR code of `verification_uri_complete`), then poll `POST /v1/device/token` every `interval` seconds until it answers the connect result.
         */
        post: operations["postDeviceCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/device/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Poll for the answer to a device code
         * @description On approval: 200 with the same `result` a connect flow finishes with (device credential, license token), handed out once. Until then 400 with RFC 8628 §3.5 `error` values instead of the catalog codes: `authorization_pending`: The person has not answered yet; poll again after `interval` seconds. `slow_down`: Polled sooner than the interval: `interval` grew by 5 seconds; keep it from now on. `expired_token`: The device code expired before it was approved; ask for a new one. `access_denied`: The person denied the request. `invalid_grant`: The device code is unknown or its result was already taken.
         */
        post: operations["postDeviceToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search accounts by id, email prefix or phone
         * @description Needs the scope `accounts:read`.
         */
        get: operations["adminListAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/accounts/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An account with its factors, devices and subscriptions
         * @description Needs the scope `accounts:read`.
         */
        get: operations["adminGetAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/accounts/{accountId}/second-factors/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove the phone and authenticator (lost) and end every session
         * @description Needs the scope `accounts:write`.
         */
        post: operations["adminResetSecondFactors"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/accounts/{accountId}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable: it cannot sign in or check in (ACCOUNT_DISABLED) and its sessions end
         * @description Needs the scope `accounts:write`.
         */
        post: operations["adminDisableAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/accounts/{accountId}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable a disabled account
         * @description Needs the scope `accounts:write`.
         */
        post: operations["adminEnableAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/accounts/{accountId}/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End every session of the account
         * @description Needs the scope `accounts:write`.
         */
        post: operations["adminSignOutEverywhere"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/accounts/{accountId}/recovery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the account's own address the password-reset email (the same answer whatever the account's state)
         * @description Needs the scope `accounts:write`.
         */
        post: operations["adminStartAccountRecovery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/accounts/{accountId}/deletion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete the account after the self-service grace period
         * @description Needs the scope `accounts:write`.
         */
        post: operations["adminScheduleAccountDeletion"];
        /**
         * Cancel a pending deletion
         * @description Needs the scope `accounts:write`.
         */
        delete: operations["adminCancelAccountDeletion"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/accounts/{accountId}/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The account's devices with their app connections
         * @description Needs the scope `devices:read`.
         */
        get: operations["adminListDevices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/accounts/{accountId}/devices/{deviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One device of the account with its app connections
         * @description Needs the scope `devices:read`.
         */
        get: operations["adminGetDevice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/accounts/{accountId}/devices/{deviceId}/disconnect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disconnect a device: its seats are freed
         * @description Needs the scope `devices:write`.
         */
        post: operations["adminDisconnectDevice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/accounts/{accountId}/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Subscriptions with seats and the devices holding them
         * @description Needs the scope `subscriptions:read`.
         */
        get: operations["adminListSubscriptions"];
        put?: never;
        /**
         * Grant a subscription without a code (e.g. after payment)
         * @description Needs the scope `subscriptions:write`.
         */
        post: operations["adminGrantSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/subscriptions/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One subscription
         * @description Needs the scope `subscriptions:read`.
         */
        get: operations["adminGetSubscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every subscription, filtered, in pages by id
         * @description Needs the scope `subscriptions:read`.
         */
        get: operations["adminSearchSubscriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/subscriptions/{subscriptionId}/seats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Its seats and the devices (of the owner or members) holding them
         * @description Needs the scope `subscriptions:read`.
         */
        get: operations["adminListSeats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/subscriptions/{subscriptionId}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add days to its term (from now if it ended)
         * @description Needs the scope `subscriptions:write`.
         */
        post: operations["adminExtendSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/subscriptions/{subscriptionId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke it: its apps fall back to Free at check-in
         * @description Needs the scope `subscriptions:write`.
         */
        post: operations["adminRevokeSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/subscriptions/{subscriptionId}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give it to another account: the old owner's devices lose their seats (told at their next check-in)
         * @description Needs the scope `subscriptions:write`.
         */
        post: operations["adminTransferSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Plans
         * @description Needs the scope `plans:read`.
         */
        get: operations["adminListPlans"];
        put?: never;
        /**
         * Create a plan
         * @description Needs the scope `plans:write`.
         */
        post: operations["adminCreatePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/plans/{planId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One plan
         * @description Needs the scope `plans:read`.
         */
        get: operations["adminGetPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/code-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Batches, newest first, with redeemed counts
         * @description Needs the scope `codes:read`.
         */
        get: operations["adminListCodeBatches"];
        put?: never;
        /**
         * Mint a batch of activation codes (returned once, here)
         * @description Needs the scope `codes:write`.
         */
        post: operations["adminMintCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/code-batches/{batchId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One batch with its redeemed count
         * @description Needs the scope `codes:read`.
         */
        get: operations["adminGetCodeBatch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/code-batches/{batchId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop the batch's unredeemed codes
         * @description Needs the scope `codes:write`.
         */
        post: operations["adminRevokeCodeBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Audit events across accounts, newest first
         * @description Needs the scope `events:read`.
         */
        get: operations["adminListEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/events/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every matching audit event as NDJSON, one per line
         * @description Needs the scope `events:read`.
         */
        get: operations["adminExportEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Operator tokens, newest first
         * @description Needs the scope `tokens:read`.
         */
        get: operations["adminListTokens"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One operator token (never its secret or hash)
         * @description Needs the scope `tokens:read`.
         */
        get: operations["adminGetToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/tokens/{tokenId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a token (it is refused from its next call)
         * @description Needs the scope `tokens:write`.
         */
        post: operations["adminRevokeToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/webhooks/endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Webhook endpoints
         * @description Needs the scope `webhooks:read`.
         */
        get: operations["adminListWebhookEndpoints"];
        put?: never;
        /**
         * Add an endpoint; its `whsec_` secret is shown once
         * @description Needs the scope `webhooks:write`.
         */
        post: operations["adminCreateWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/webhooks/endpoints/{endpointId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One endpoint
         * @description Needs the scope `webhooks:read`.
         */
        get: operations["adminGetWebhookEndpoint"];
        put?: never;
        post?: never;
        /**
         * Delete an endpoint and its queue
         * @description Needs the scope `webhooks:write`.
         */
        delete: operations["adminDeleteWebhookEndpoint"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/webhooks/endpoints/{endpointId}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn a disabled endpoint back on
         * @description Needs the scope `webhooks:write`.
         */
        post: operations["adminEnableWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/webhooks/endpoints/{endpointId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The endpoint's delivery log, newest first
         * @description Needs the scope `webhooks:read`.
         */
        get: operations["adminListWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/webhooks/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queue a delivery’s event again for its endpoint
         * @description Needs the scope `webhooks:write`.
         */
        post: operations["adminRedeliverWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Published data statements, every version, per region
         * @description Needs the scope `statements:read`.
         */
        get: operations["adminListStatements"];
        put?: never;
        /**
         * Publish a statement (a new version asks everyone again)
         * @description Needs the scope `statements:write`.
         */
        post: operations["adminPublishStatement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/statements/{region}/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One published version of a region, in every locale
         * @description Needs the scope `statements:read`.
         */
        get: operations["adminGetStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/signing-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The license verification keys published now (JWKS)
         * @description Needs the scope `keys:read`.
         */
        get: operations["adminListSigningKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/signing-keys/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start signing with a new key (the old one stays published)
         * @description Needs the scope `keys:write`.
         */
        post: operations["adminRotateSigningKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    postFlows: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "sign_in";
                    locale?: "en" | "vi";
                } | {
                    /** @enum {string} */
                    kind: "sign_up";
                    locale?: "en" | "vi";
                } | {
                    /** @enum {string} */
                    kind: "recovery";
                    locale?: "en" | "vi";
                } | {
                    /** @enum {string} */
                    kind: "connect";
                    locale?: "en" | "vi";
                    appId: string;
                    device: {
                        name: string;
                        platform: string;
                    };
                    deviceCredential?: string;
                    previousDeviceId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        flow: {
                            id: string;
                            kind: "sign_in" | "sign_up" | "recovery" | "connect";
                            expiresAt: string;
                            locale: "en" | "vi";
                        };
                        step: "credentials" | "second_factor" | "details" | "verify_email" | "identify" | "verify_code" | "new_password" | "confirm_account" | "consent" | "select_subscription" | "approve_device" | "done";
                        ui: {
                            nodes: {
                                name: string;
                                type: "email" | "password" | "text" | "tel" | "hidden" | "code" | "image" | "paragraph" | "submit" | "proof_of_work" | "select";
                                required?: boolean;
                                value?: string;
                                autocomplete?: string;
                                maxLength?: number;
                                src?: string;
                                mediaType?: string;
                                action?: string;
                                /** UiText */
                                label?: {
                                    id: number;
                                    text: string;
                                    context?: {
                                        [key: string]: string | number;
                                    };
                                };
                                disabled?: boolean;
                                meta?: {
                                    [key: string]: string | number | boolean | null;
                                };
                                options?: {
                                    value: string;
                                    label: string;
                                }[];
                                availableIn?: number;
                            }[];
                            messages: {
                                id: number;
                                type: "error" | "info" | "success";
                                text: string;
                                context?: {
                                    [key: string]: string | number;
                                };
                            }[];
                        };
                        /** FlowResult */
                        result?: {
                            session?: {
                                token: string;
                                expiresAt: string;
                            };
                            account?: {
                                id: string;
                                email: string;
                            };
                            device?: {
                                id: string;
                                name: string;
                            };
                            connection?: {
                                appId: string;
                                plan: string;
                            };
                            deviceCredential?: string;
                            license?: {
                                token: string;
                                expiresAt: string;
                                plan: string;
                                planName?: string;
                                features: string[];
                                subscriptionId: string | null;
                            };
                        };
                        error?: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    getFlowsByFlowId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                flowId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        flow: {
                            id: string;
                            kind: "sign_in" | "sign_up" | "recovery" | "connect";
                            expiresAt: string;
                            locale: "en" | "vi";
                        };
                        step: "credentials" | "second_factor" | "details" | "verify_email" | "identify" | "verify_code" | "new_password" | "confirm_account" | "consent" | "select_subscription" | "approve_device" | "done";
                        ui: {
                            nodes: {
                                name: string;
                                type: "email" | "password" | "text" | "tel" | "hidden" | "code" | "image" | "paragraph" | "submit" | "proof_of_work" | "select";
                                required?: boolean;
                                value?: string;
                                autocomplete?: string;
                                maxLength?: number;
                                src?: string;
                                mediaType?: string;
                                action?: string;
                                /** UiText */
                                label?: {
                                    id: number;
                                    text: string;
                                    context?: {
                                        [key: string]: string | number;
                                    };
                                };
                                disabled?: boolean;
                                meta?: {
                                    [key: string]: string | number | boolean | null;
                                };
                                options?: {
                                    value: string;
                                    label: string;
                                }[];
                                availableIn?: number;
                            }[];
                            messages: {
                                id: number;
                                type: "error" | "info" | "success";
                                text: string;
                                context?: {
                                    [key: string]: string | number;
                                };
                            }[];
                        };
                        /** FlowResult */
                        result?: {
                            session?: {
                                token: string;
                                expiresAt: string;
                            };
                            account?: {
                                id: string;
                                email: string;
                            };
                            device?: {
                                id: string;
                                name: string;
                            };
                            connection?: {
                                appId: string;
                                plan: string;
                            };
                            deviceCredential?: string;
                            license?: {
                                token: string;
                                expiresAt: string;
                                plan: string;
                                planName?: string;
                                features: string[];
                                subscriptionId: string | null;
                            };
                        };
                        error?: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    postFlowsByFlowId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                flowId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    step: "credentials";
                    /** Format: email */
                    email: string;
                    password: string;
                    captcha_answer?: string;
                } | {
                    /** @enum {string} */
                    step: "credentials";
                    /** @enum {string} */
                    action: "new_challenge";
                } | {
                    /** @enum {string} */
                    step: "second_factor";
                    action: "verify" | "resend" | "help" | "use_sms" | "use_totp" | "use_passkey" | "passkey";
                    code?: string;
                    assertion?: string;
                } | {
                    /** @enum {string} */
                    step: "details";
                    /** Format: email */
                    email: string;
                    password: string;
                    country: string;
                    locale?: "en" | "vi";
                } | {
                    /** @enum {string} */
                    step: "verify_email";
                    action: "verify" | "resend";
                    code?: string;
                } | {
                    /** @enum {string} */
                    step: "identify";
                    /** Format: email */
                    email: string;
                } | {
                    /** @enum {string} */
                    step: "verify_code";
                    action: "verify" | "resend";
                    code?: string;
                } | {
                    /** @enum {string} */
                    step: "new_password";
                    password: string;
                } | {
                    /** @enum {string} */
                    step: "confirm_account";
                    action: "connect" | "use_another_account";
                } | {
                    /** @enum {string} */
                    step: "consent";
                    action: "accept" | "decline";
                    version: number;
                } | {
                    /** @enum {string} */
                    step: "select_subscription";
                    subscriptionId: string;
                } | {
                    /** @enum {string} */
                    step: "approve_device";
                    action: "approve" | "deny";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        flow: {
                            id: string;
                            kind: "sign_in" | "sign_up" | "recovery" | "connect";
                            expiresAt: string;
                            locale: "en" | "vi";
                        };
                        step: "credentials" | "second_factor" | "details" | "verify_email" | "identify" | "verify_code" | "new_password" | "confirm_account" | "consent" | "select_subscription" | "approve_device" | "done";
                        ui: {
                            nodes: {
                                name: string;
                                type: "email" | "password" | "text" | "tel" | "hidden" | "code" | "image" | "paragraph" | "submit" | "proof_of_work" | "select";
                                required?: boolean;
                                value?: string;
                                autocomplete?: string;
                                maxLength?: number;
                                src?: string;
                                mediaType?: string;
                                action?: string;
                                /** UiText */
                                label?: {
                                    id: number;
                                    text: string;
                                    context?: {
                                        [key: string]: string | number;
                                    };
                                };
                                disabled?: boolean;
                                meta?: {
                                    [key: string]: string | number | boolean | null;
                                };
                                options?: {
                                    value: string;
                                    label: string;
                                }[];
                                availableIn?: number;
                            }[];
                            messages: {
                                id: number;
                                type: "error" | "info" | "success";
                                text: string;
                                context?: {
                                    [key: string]: string | number;
                                };
                            }[];
                        };
                        /** FlowResult */
                        result?: {
                            session?: {
                                token: string;
                                expiresAt: string;
                            };
                            account?: {
                                id: string;
                                email: string;
                            };
                            device?: {
                                id: string;
                                name: string;
                            };
                            connection?: {
                                appId: string;
                                plan: string;
                            };
                            deviceCredential?: string;
                            license?: {
                                token: string;
                                expiresAt: string;
                                plan: string;
                                planName?: string;
                                features: string[];
                                subscriptionId: string | null;
                            };
                        };
                        error?: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        flow: {
                            id: string;
                            kind: "sign_in" | "sign_up" | "recovery" | "connect";
                            expiresAt: string;
                            locale: "en" | "vi";
                        };
                        step: "credentials" | "second_factor" | "details" | "verify_email" | "identify" | "verify_code" | "new_password" | "confirm_account" | "consent" | "select_subscription" | "approve_device" | "done";
                        ui: {
                            nodes: {
                                name: string;
                                type: "email" | "password" | "text" | "tel" | "hidden" | "code" | "image" | "paragraph" | "submit" | "proof_of_work" | "select";
                                required?: boolean;
                                value?: string;
                                autocomplete?: string;
                                maxLength?: number;
                                src?: string;
                                mediaType?: string;
                                action?: string;
                                /** UiText */
                                label?: {
                                    id: number;
                                    text: string;
                                    context?: {
                                        [key: string]: string | number;
                                    };
                                };
                                disabled?: boolean;
                                meta?: {
                                    [key: string]: string | number | boolean | null;
                                };
                                options?: {
                                    value: string;
                                    label: string;
                                }[];
                                availableIn?: number;
                            }[];
                            messages: {
                                id: number;
                                type: "error" | "info" | "success";
                                text: string;
                                context?: {
                                    [key: string]: string | number;
                                };
                            }[];
                        };
                        /** FlowResult */
                        result?: {
                            session?: {
                                token: string;
                                expiresAt: string;
                            };
                            account?: {
                                id: string;
                                email: string;
                            };
                            device?: {
                                id: string;
                                name: string;
                            };
                            connection?: {
                                appId: string;
                                plan: string;
                            };
                            deviceCredential?: string;
                            license?: {
                                token: string;
                                expiresAt: string;
                                plan: string;
                                planName?: string;
                                features: string[];
                                subscriptionId: string | null;
                            };
                        };
                        error?: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    } | {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        email: string;
                        country: string;
                        locale: string;
                        createdAt: string;
                        factors: {
                            sms: null | {
                                phone: string;
                                verifiedAt: string;
                            };
                            totp: boolean;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    postAccountPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    postAccountPhone: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    phone: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        pending: true;
                        expiresAt: string;
                        phone?: string;
                        totp?: {
                            secret: string;
                            uri: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    postAccountPhoneVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    postAccountPhoneRemove: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    postAccountTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        pending: true;
                        expiresAt: string;
                        phone?: string;
                        totp?: {
                            secret: string;
                            uri: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    postAccountTotpVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    postAccountTotpRemove: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    getAccountEvents: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        events: {
                            id: string;
                            type: string;
                            at: string;
                            ip: string | null;
                            userAgent: string | null;
                            details: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    getSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sessions: {
                            id: string;
                            current: boolean;
                            createdAt: string;
                            lastSeenAt: string;
                            expiresAt: string;
                            ip: string | null;
                            userAgent: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    postSessionsSignOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    postSessionsRevokeAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    keepCurrent?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        revoked: number;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    deleteSessionsBySessionId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    getKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        keys: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    postCheckIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description The device credential, as `Bearer <credential>`, sent with no body instead of `CheckInBody`. */
                authorization?: string;
                /** @description The last 22 characters of the license token the app holds: while it is still the one, the answer is `CheckInUnchangedView`. */
                "tessera-license-held"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    credential: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        outcome: "VALID" | "FELL_BACK_TO_FREE";
                        deviceCredential: string;
                        /** LicenseView */
                        license: {
                            token: string;
                            expiresAt: string;
                            plan: string;
                            planName?: string;
                            features: string[];
                            subscriptionId: string | null;
                        };
                        choicePending?: boolean;
                        nextCheckInSeconds: number;
                    } | {
                        outcome: "VALID" | "FELL_BACK_TO_FREE";
                        /** @enum {boolean} */
                        unchanged: true;
                        choicePending?: boolean;
                        nextCheckInSeconds: number;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    postConnectionsDisconnect: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    credential: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    getDevices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        devices: {
                            id: string;
                            name: string;
                            platform: string;
                            createdAt: string;
                            lastSeenAt: string;
                            connected: boolean;
                            apps: {
                                id: string;
                                appId: string;
                                plan: string;
                                subscriptionId: string | null;
                                connectedAt: string;
                                lastCheckInAt: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    patchDevicesByDeviceId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deviceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    postDevicesByDeviceIdDisconnect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    postSubscriptionsRedeem: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** SubscriptionView */
                        subscription: {
                            id: string;
                            /** PlanView */
                            plan: {
                                id: string;
                                name: string;
                                deviceLimit: number;
                                memberLimit: number;
                                features: string[];
                                /** @description 0: no end */
                                termDays: number;
                            };
                            role: "owner" | "member";
                            status: "active" | "expired" | "revoked";
                            source: "activation_code" | "admin";
                            /** @description ISO 8601 */
                            startsAt: string;
                            /** @description null: no end */
                            endsAt: string | null;
                            seats: {
                                used: number;
                                total: number;
                                full: boolean;
                            };
                            /** @description people sharing it besides the owner */
                            members: {
                                used: number;
                                total: number;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    getSubscriptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subscriptions: {
                            id: string;
                            /** PlanView */
                            plan: {
                                id: string;
                                name: string;
                                deviceLimit: number;
                                memberLimit: number;
                                features: string[];
                                /** @description 0: no end */
                                termDays: number;
                            };
                            role: "owner" | "member";
                            status: "active" | "expired" | "revoked";
                            source: "activation_code" | "admin";
                            /** @description ISO 8601 */
                            startsAt: string;
                            /** @description null: no end */
                            endsAt: string | null;
                            seats: {
                                used: number;
                                total: number;
                                full: boolean;
                            };
                            /** @description people sharing it besides the owner */
                            members: {
                                used: number;
                                total: number;
                            };
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    postSubscriptionsByIdInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        invitation: {
                            id: string;
                            email: string;
                            /** @description ISO 8601 */
                            expiresAt: string;
                            token: string;
                            emailed: boolean;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    getSubscriptionsByIdMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        owner: {
                            accountId: string;
                            email: string;
                        };
                        members: {
                            accountId: string;
                            email: string;
                            /** @description ISO 8601 */
                            joinedAt: string;
                        }[];
                        invitations: {
                            id: string;
                            email: string;
                            /** @description ISO 8601 */
                            expiresAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    deleteSubscriptionsByIdMembersByAccountId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    postInvitationsAccept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** SubscriptionView */
                        subscription: {
                            id: string;
                            /** PlanView */
                            plan: {
                                id: string;
                                name: string;
                                deviceLimit: number;
                                memberLimit: number;
                                features: string[];
                                /** @description 0: no end */
                                termDays: number;
                            };
                            role: "owner" | "member";
                            status: "active" | "expired" | "revoked";
                            source: "activation_code" | "admin";
                            /** @description ISO 8601 */
                            startsAt: string;
                            /** @description null: no end */
                            endsAt: string | null;
                            seats: {
                                used: number;
                                total: number;
                                full: boolean;
                            };
                            /** @description people sharing it besides the owner */
                            members: {
                                used: number;
                                total: number;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    getAccountPasskeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        passkeys: {
                            id: string;
                            name: string;
                            createdAt: string;
                            lastUsedAt: string | null;
                            backedUp: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    postAccountPasskeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    challengeId: string;
                    name: string;
                    /** PasskeyCredential */
                    credential: {
                        id: string;
                        rawId: string;
                        /** @enum {string} */
                        type: "public-key";
                        response: {
                            [key: string]: unknown;
                        };
                        clientExtensionResults?: {
                            [key: string]: unknown;
                        };
                        authenticatorAttachment?: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        createdAt: string;
                        lastUsedAt: string | null;
                        backedUp: boolean;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    postAccountPasskeysOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        challengeId: string;
                        options: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    deleteAccountPasskeysById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    patchAccountPasskeysById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    postPasskeysSignInOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        challengeId: string;
                        options: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    postPasskeysSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    challengeId: string;
                    /** PasskeyCredential */
                    credential: {
                        id: string;
                        rawId: string;
                        /** @enum {string} */
                        type: "public-key";
                        response: {
                            [key: string]: unknown;
                        };
                        clientExtensionResults?: {
                            [key: string]: unknown;
                        };
                        authenticatorAttachment?: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        session: {
                            token: string;
                            expiresAt: string;
                        };
                        account: {
                            id: string;
                            email: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    postDeviceCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    appId: string;
                    device: {
                        name: string;
                        platform: string;
                    };
                    locale?: "en" | "vi";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        device_code: string;
                        user_code: string;
                        verification_uri: string;
                        verification_uri_complete: string;
                        expires_in: number;
                        interval: number;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    postDeviceToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    device_code: string;
                    /** @enum {string} */
                    grant_type?: "urn:ietf:params:oauth:grant-type:device_code";
                    client_id?: string;
                };
                "application/x-www-form-urlencoded": {
                    device_code: string;
                    /** @enum {string} */
                    grant_type?: "urn:ietf:params:oauth:grant-type:device_code";
                    client_id?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** FlowResult */
                        result: {
                            session?: {
                                token: string;
                                expiresAt: string;
                            };
                            account?: {
                                id: string;
                                email: string;
                            };
                            device?: {
                                id: string;
                                name: string;
                            };
                            connection?: {
                                appId: string;
                                plan: string;
                            };
                            deviceCredential?: string;
                            license?: {
                                token: string;
                                expiresAt: string;
                                plan: string;
                                planName?: string;
                                features: string[];
                                subscriptionId: string | null;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: "authorization_pending" | "slow_down" | "expired_token" | "access_denied" | "invalid_grant";
                        error_description: string;
                        interval?: number;
                    } | {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminListAccounts: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                search?: string;
                id?: string;
                email?: string;
                phone?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            email: string;
                            country: string;
                            locale: string;
                            phone: string | null;
                            factors: {
                                phone: boolean;
                                totp: boolean;
                            };
                            emailVerifiedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            disabledAt: string | null;
                        }[];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminGetAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account: {
                            id: string;
                            email: string;
                            country: string;
                            locale: string;
                            phone: string | null;
                            factors: {
                                phone: boolean;
                                totp: boolean;
                            };
                            emailVerifiedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            disabledAt: string | null;
                        };
                        deletion: {
                            /** Format: date-time */
                            purgeAt: string;
                        } | null;
                        devices: {
                            id: string;
                            name: string;
                            platform: string;
                            connected: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            lastSeenAt: string;
                            disconnectedAt: string | null;
                            apps: {
                                appId: string;
                                planId: string;
                                subscriptionId: string | null;
                                /** Format: date-time */
                                connectedAt: string;
                                /** Format: date-time */
                                lastCheckInAt: string;
                                revokedAt: string | null;
                            }[];
                        }[];
                        subscriptions: {
                            subscription: {
                                id: string;
                                ownerAccountId: string;
                                planId: string;
                                status: string;
                                source: string;
                                /** Format: date-time */
                                startsAt: string;
                                endsAt: string | null;
                                seatsUsed: number;
                                membersUsed: number;
                            };
                            role: string;
                            seatsTotal: number;
                            heldBy: string[];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminResetSecondFactors: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        removed: {
                            phone: boolean;
                            totp: boolean;
                        };
                        sessionsEnded: number;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminDisableAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        changed: boolean;
                        sessionsEnded: number;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminEnableAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        changed: boolean;
                        sessionsEnded: number;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminSignOutEverywhere: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sessionsEnded: number;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminStartAccountRecovery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        accepted: true;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminScheduleAccountDeletion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        purgeAt: string;
                        already: boolean;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminCancelAccountDeletion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cancelled: boolean;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminListDevices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            platform: string;
                            connected: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            lastSeenAt: string;
                            disconnectedAt: string | null;
                            apps: {
                                appId: string;
                                planId: string;
                                subscriptionId: string | null;
                                /** Format: date-time */
                                connectedAt: string;
                                /** Format: date-time */
                                lastCheckInAt: string;
                                revokedAt: string | null;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminGetDevice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
                deviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        device: {
                            id: string;
                            name: string;
                            platform: string;
                            connected: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            lastSeenAt: string;
                            disconnectedAt: string | null;
                            apps: {
                                appId: string;
                                planId: string;
                                subscriptionId: string | null;
                                /** Format: date-time */
                                connectedAt: string;
                                /** Format: date-time */
                                lastCheckInAt: string;
                                revokedAt: string | null;
                            }[];
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminDisconnectDevice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
                deviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        disconnected: boolean;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminListSubscriptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            subscription: {
                                id: string;
                                ownerAccountId: string;
                                planId: string;
                                status: string;
                                source: string;
                                /** Format: date-time */
                                startsAt: string;
                                endsAt: string | null;
                                seatsUsed: number;
                                membersUsed: number;
                            };
                            role: string;
                            seatsTotal: number;
                            heldBy: string[];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminGrantSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    planId: string;
                    termDays?: number;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subscription: {
                            id: string;
                            ownerAccountId: string;
                            planId: string;
                            status: string;
                            source: string;
                            /** Format: date-time */
                            startsAt: string;
                            endsAt: string | null;
                            seatsUsed: number;
                            membersUsed: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminGetSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subscription: {
                            id: string;
                            ownerAccountId: string;
                            planId: string;
                            status: string;
                            source: string;
                            /** Format: date-time */
                            startsAt: string;
                            endsAt: string | null;
                            seatsUsed: number;
                            membersUsed: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminSearchSubscriptions: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                accountId?: string;
                planId?: string;
                status?: "active" | "expired" | "revoked";
                source?: "activation_code" | "admin";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            ownerAccountId: string;
                            planId: string;
                            status: string;
                            source: string;
                            /** Format: date-time */
                            startsAt: string;
                            endsAt: string | null;
                            seatsUsed: number;
                            membersUsed: number;
                        }[];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminListSeats: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            deviceId: string;
                            accountId: string;
                            /** Format: date-time */
                            claimedAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminExtendSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    days: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subscription: {
                            id: string;
                            ownerAccountId: string;
                            planId: string;
                            status: string;
                            source: string;
                            /** Format: date-time */
                            startsAt: string;
                            endsAt: string | null;
                            seatsUsed: number;
                            membersUsed: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminRevokeSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subscription: {
                            id: string;
                            ownerAccountId: string;
                            planId: string;
                            status: string;
                            source: string;
                            /** Format: date-time */
                            startsAt: string;
                            endsAt: string | null;
                            seatsUsed: number;
                            membersUsed: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminTransferSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    toAccountId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subscription: {
                            id: string;
                            ownerAccountId: string;
                            planId: string;
                            status: string;
                            source: string;
                            /** Format: date-time */
                            startsAt: string;
                            endsAt: string | null;
                            seatsUsed: number;
                            membersUsed: number;
                        };
                        fromAccountId: string;
                        freedDeviceIds: string[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminListPlans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            deviceLimit: number;
                            memberLimit: number;
                            termDays: number;
                            features: string[];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminCreatePlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    name: string;
                    deviceLimit: number;
                    memberLimit: number;
                    termDays: number;
                    features: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        plan: {
                            id: string;
                            name: string;
                            deviceLimit: number;
                            memberLimit: number;
                            termDays: number;
                            features: string[];
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminGetPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        plan: {
                            id: string;
                            name: string;
                            deviceLimit: number;
                            memberLimit: number;
                            termDays: number;
                            features: string[];
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminListCodeBatches: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                planId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            planId: string;
                            termDays: number;
                            count: number;
                            note: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            revokedAt: string | null;
                            redeemed: number;
                        }[];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminMintCodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    planId: string;
                    count: number;
                    termDays?: number;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        batch: {
                            id: string;
                            planId: string;
                            termDays: number;
                            count: number;
                            note: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            revokedAt: string | null;
                            redeemed: number;
                        };
                        codes: string[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminGetCodeBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                batchId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        batch: {
                            id: string;
                            planId: string;
                            termDays: number;
                            count: number;
                            note: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            revokedAt: string | null;
                            redeemed: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminRevokeCodeBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                batchId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        redeemed: number;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminListEvents: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                type?: string;
                accountId?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            type: string;
                            accountId: string | null;
                            ip: string | null;
                            userAgent: string | null;
                            details: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminExportEvents: {
        parameters: {
            query?: {
                type?: string;
                accountId?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One JSON event per line, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": {
                        id: string;
                        type: string;
                        accountId: string | null;
                        ip: string | null;
                        userAgent: string | null;
                        details: {
                            [key: string]: unknown;
                        };
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminListTokens: {
        parameters: {
            query?: {
                live?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            scopes: string[];
                            /** Format: date-time */
                            createdAt: string;
                            lastUsedAt: string | null;
                            revokedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminGetToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: {
                            id: string;
                            name: string;
                            scopes: string[];
                            /** Format: date-time */
                            createdAt: string;
                            lastUsedAt: string | null;
                            revokedAt: string | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminRevokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: {
                            id: string;
                            name: string;
                            scopes: string[];
                            /** Format: date-time */
                            createdAt: string;
                            lastUsedAt: string | null;
                            revokedAt: string | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminListWebhookEndpoints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            url: string;
                            eventTypes: string[];
                            description: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            disabledAt: string | null;
                            disabledReason: string | null;
                            consecutiveFailures: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminCreateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    url: string;
                    eventTypes: string[];
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        endpoint: {
                            id: string;
                            url: string;
                            eventTypes: string[];
                            description: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            disabledAt: string | null;
                            disabledReason: string | null;
                            consecutiveFailures: number;
                        };
                        secret: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminGetWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        endpoint: {
                            id: string;
                            url: string;
                            eventTypes: string[];
                            description: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            disabledAt: string | null;
                            disabledReason: string | null;
                            consecutiveFailures: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminDeleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deleted: boolean;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminEnableWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        endpoint: {
                            id: string;
                            url: string;
                            eventTypes: string[];
                            description: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            disabledAt: string | null;
                            disabledReason: string | null;
                            consecutiveFailures: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminListWebhookDeliveries: {
        parameters: {
            query?: {
                limit?: number;
                status?: "pending" | "delivered" | "failed";
            };
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            eventId: string;
                            eventType: string;
                            endpointId: string;
                            status: string;
                            attempts: number;
                            lastStatusCode: number | null;
                            lastError: string | null;
                            /** Format: date-time */
                            nextAttemptAt: string;
                            lastAttemptAt: string | null;
                            deliveredAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminRedeliverWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        delivery: {
                            id: string;
                            eventId: string;
                            eventType: string;
                            endpointId: string;
                            status: string;
                            attempts: number;
                            lastStatusCode: number | null;
                            lastError: string | null;
                            /** Format: date-time */
                            nextAttemptAt: string;
                            lastAttemptAt: string | null;
                            deliveredAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminListStatements: {
        parameters: {
            query?: {
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            region: string;
                            locale: string;
                            version: number;
                            title: string;
                            body: string;
                            /** Format: date-time */
                            publishedAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminPublishStatement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    region: string;
                    locale: "en" | "vi";
                    title: string;
                    body: string;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statement: {
                            region: string;
                            locale: string;
                            version: number;
                            title: string;
                            body: string;
                            /** Format: date-time */
                            publishedAt: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminGetStatement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                region: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            region: string;
                            locale: string;
                            version: number;
                            title: string;
                            body: string;
                            /** Format: date-time */
                            publishedAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminListSigningKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        keys: ({
                            kid: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
    adminRotateSigningKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kid: string;
                    };
                };
            };
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CSRF_FAILED" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE" | "FLOW_NOT_FOUND" | "FLOW_EXPIRED" | "FLOW_STEP_MISMATCH" | "FLOW_CONFLICT" | "FLOW_COMPLETED" | "CREDENTIALS_INVALID" | "CAPTCHA_REQUIRED" | "CAPTCHA_INVALID" | "ACCOUNT_THROTTLED" | "CODE_INVALID" | "CODE_EXPIRED" | "CODE_ATTEMPTS_EXCEEDED" | "RESEND_COOLDOWN" | "SMS_QUOTA_EXCEEDED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | "PASSWORD_INCORRECT" | "EMAIL_INVALID" | "COUNTRY_INVALID" | "PHONE_INVALID" | "PHONE_COUNTRY_NOT_ALLOWED" | "PHONE_NUMBER_NOT_ALLOWED" | "FACTOR_NOT_PENDING" | "FACTOR_UNAVAILABLE" | "DELIVERY_FAILED" | "STATEMENT_OUTDATED" | "CONSENT_DECLINED" | "SUBSCRIPTION_NOT_SELECTABLE" | "DEVICE_DISCONNECTED" | "STATEMENT_VERSION_INVALID" | "DEVICE_LIMIT_REACHED" | "DEVICE_CREDENTIAL_INVALID" | "ACTIVATION_CODE_MALFORMED" | "ACTIVATION_CODE_TYPO" | "ACTIVATION_CODE_INVALID" | "SUBSCRIPTION_LIMIT_REACHED" | "SUBSCRIPTION_NOT_FOUND" | "SUBSCRIPTION_NOT_USABLE" | "SEATS_EXCEEDED" | "MEMBER_LIMIT_REACHED" | "MEMBER_NOT_FOUND" | "ALREADY_MEMBER" | "INVITATION_INVALID" | "INVITATION_EXPIRED" | "INVITATION_EMAIL_MISMATCH" | "PASSKEY_INVALID" | "PASSKEY_CHALLENGE_INVALID" | "PASSKEY_NOT_FOUND" | "PASSKEY_COUNTER_INVALID" | "PASSKEY_LIMIT_REACHED" | "PASSKEY_LAST_FACTOR" | "USER_CODE_INVALID" | "DEVICE_AUTHORIZATION_CLOSED" | "DEVICE_AUTHORIZATION_DENIED" | "SCOPE_MISSING" | "ACCOUNT_NOT_FOUND" | "PLAN_NOT_FOUND" | "OPERATION_REFUSED" | "ACCOUNT_DISABLED";
                            message: string;
                            messageId: number;
                            details?: {
                                [key: string]: unknown;
                            };
                            retryAfterSeconds?: number;
                        };
                    };
                };
            };
        };
    };
}
